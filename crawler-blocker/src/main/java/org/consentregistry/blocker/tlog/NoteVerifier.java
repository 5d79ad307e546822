package org.consentregistry.blocker.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.consentregistry.blocker.crypto.Ed25519;

/**
 * An Ed25519 note verifier key (signature type 0x01) in the text form
 * {@code <name>+<hex key ID>+<base64(0x01 || public key)>}, with key ID = SHA-256(name ||
 * 0x0A || 0x01 || public key)[:4].
 */
public final class NoteVerifier {

	/** The signed-note signature type byte of Ed25519. */
	static final byte ED25519 = 0x01;

	private final String name;

	private final byte[] publicKey;

	private final int keyId;

	private NoteVerifier(String name, byte[] publicKey) {
		this.name = name;
		this.publicKey = publicKey.clone();
		this.keyId = keyId(name, publicKey);
	}

	/** The verifier of a 32-byte Ed25519 public key under a key name. */
	public static NoteVerifier of(String name, byte[] publicKey) throws NoteException {
		SignatureLines.requireKeyName(name);
		if (publicKey.length != Ed25519.KEY_LENGTH) {
			throw SignedNote.malformed("expected an Ed25519 public key of " + Ed25519.KEY_LENGTH + " bytes, got "
					+ publicKey.length + " bytes");
		}
		return new NoteVerifier(name, publicKey);
	}

	/** Parses a verifier key string, checking that its key ID matches its key. */
	public static NoteVerifier parse(String vkey) throws NoteException {
		String[] parts = vkey.strip().split("\\+", 3);
		if (parts.length != 3) {
			throw SignedNote.malformed("expected a verifier key '<name>+<hex key ID>+<base64 key>', got '"
					+ SignatureLines.abbreviate(vkey) + "'");
		}
		if (!parts[1].matches("[0-9a-fA-F]{8}")) {
			throw SignedNote.malformed("expected a key ID of 8 hex digits, got '" + parts[1] + "'");
		}
		byte[] key = SignatureLines.decodeBase64("verifier key", parts[2]);
		if (key.length != 1 + Ed25519.KEY_LENGTH || key[0] != ED25519) {
			throw SignedNote.malformed("expected 0x01 and a 32-byte Ed25519 public key, got " + key.length
					+ " bytes of type " + ((key.length > 0) ? key[0] : "none"));
		}
		NoteVerifier verifier = of(parts[0], Arrays.copyOfRange(key, 1, key.length));
		int declared = Integer.parseUnsignedInt(parts[1], 16);
		if (declared != verifier.keyId) {
			throw SignedNote.malformed(
					String.format("expected key ID %08x for this name and key, got %08x", verifier.keyId, declared));
		}
		return verifier;
	}

	static int keyId(String name, byte[] publicKey) {
		MessageDigest digest = TreeHasher.sha256();
		digest.update(name.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
		digest.update(ED25519);
		return ByteBuffer.wrap(digest.digest(publicKey)).getInt();
	}

	public String name() {
		return this.name;
	}

	public int keyId() {
		return this.keyId;
	}

	public byte[] publicKey() {
		return this.publicKey.clone();
	}

	/** The verifier key string. */
	public String verifierKey() {
		byte[] key = ByteBuffer.allocate(1 + this.publicKey.length).put(ED25519).put(this.publicKey).array();
		return this.name + "+" + HexFormat.of().toHexDigits(this.keyId) + "+" + Base64.getEncoder().encodeToString(key);
	}

	boolean verify(byte[] message, byte[] signature) {
		return Ed25519.verify(this.publicKey, message, signature);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NoteVerifier that && this.name.equals(that.name)
				&& Arrays.equals(this.publicKey, that.publicKey);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode() * 31 + Arrays.hashCode(this.publicKey);
	}

	@Override
	public String toString() {
		return verifierKey();
	}

}
