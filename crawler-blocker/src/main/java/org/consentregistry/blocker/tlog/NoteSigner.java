package org.consentregistry.blocker.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.consentregistry.blocker.crypto.Ed25519;

/**
 * An Ed25519 note signer. Its secret form is the signer key string
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || 32-byte seed)>}, the format of
 * Go's {@code golang.org/x/mod/sumdb/note}.
 */
public final class NoteSigner {

	private static final String PREFIX = "PRIVATE+KEY+";

	private final byte[] seed;

	private final Ed25519PrivateKeyParameters key;

	private final NoteVerifier verifier;

	private NoteSigner(String name, byte[] seed) throws NoteException {
		this.seed = seed.clone();
		this.key = Ed25519.privateKey(this.seed);
		this.verifier = NoteVerifier.of(name, Ed25519.publicKey(seed));
	}

	/** A new signer with a fresh random key. */
	public static NoteSigner generate(String name, SecureRandom random) throws NoteException {
		return new NoteSigner(name, Ed25519.newSeed(random));
	}

	/** The signer of a 32-byte Ed25519 seed under a key name. */
	public static NoteSigner of(String name, byte[] seed) throws NoteException {
		if (seed.length != Ed25519.KEY_LENGTH) {
			throw SignedNote.malformed(
					"expected an Ed25519 seed of " + Ed25519.KEY_LENGTH + " bytes, got " + seed.length + " bytes");
		}
		return new NoteSigner(name, seed);
	}

	/** Parses a signer key string, checking that its key ID matches its key. */
	public static NoteSigner parse(String skey) throws NoteException {
		String text = skey.strip();
		String[] parts = text.startsWith(PREFIX) ? text.substring(PREFIX.length()).split("\\+", 3) : new String[0];
		if (parts.length != 3 || !parts[1].matches("[0-9a-fA-F]{8}")) {
			throw SignedNote.malformed("expected a signer key 'PRIVATE+KEY+<name>+<hex key ID>+<base64 key>', got "
					+ "something else of " + text.length() + " characters");
		}
		byte[] key = SignatureLines.decodeBase64("signer key", parts[2]);
		if (key.length != 1 + Ed25519.KEY_LENGTH || key[0] != NoteVerifier.ED25519) {
			throw SignedNote.malformed("expected 0x01 and a 32-byte Ed25519 seed, got " + key.length + " bytes");
		}
		NoteSigner signer = of(parts[0], Arrays.copyOfRange(key, 1, key.length));
		if (Integer.parseUnsignedInt(parts[1], 16) != signer.verifier.keyId()) {
			throw SignedNote.malformed("expected the key ID " + HexFormat.of().toHexDigits(signer.verifier.keyId())
					+ " for this name and key, got " + parts[1]);
		}
		return signer;
	}

	/** The secret signer key string; keep it private. */
	public String signerKey() {
		byte[] key = ByteBuffer.allocate(1 + this.seed.length).put(NoteVerifier.ED25519).put(this.seed).array();
		return PREFIX + this.verifier.name() + "+" + HexFormat.of().toHexDigits(this.verifier.keyId()) + "+"
				+ Base64.getEncoder().encodeToString(key);
	}

	public String name() {
		return this.verifier.name();
	}

	public NoteVerifier verifier() {
		return this.verifier;
	}

	/** Signs a text (ending in a newline, no control characters) as a new note. */
	public SignedNote sign(String text) throws NoteException {
		SignedNote.requireText(text);
		return new SignedNote(text, List.of(signature(text)));
	}

	/** Adds this signer's signature to a note. */
	public SignedNote cosign(SignedNote note) {
		return note.with(signature(note.text()));
	}

	private NoteSignature signature(String text) {
		byte[] signature = Ed25519.sign(this.key, text.getBytes(StandardCharsets.UTF_8));
		return new NoteSignature(this.verifier.name(), this.verifier.keyId(), signature);
	}

	@Override
	public String toString() {
		return "NoteSigner[" + this.verifier.verifierKey() + "]";
	}

}
