package org.consentregistry.registry.credential;

import java.util.Arrays;

import org.consentregistry.blocker.crypto.Ed25519;
import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * {@code did:key} for Ed25519 Multikeys, resolved offline: the key is in the identifier.
 *
 * @see <a href="https://w3c-ccg.github.io/did-method-key/">The did:key Method</a>
 * @see <a href="https://www.w3.org/TR/controller-document/#Multikey">Multikey</a>
 */
final class DidKey {

	static final String PREFIX = "did:key:";

	/** Multicodec {@code ed25519-pub} (0xed) as unsigned varint. */
	private static final byte[] ED25519_PUBLIC = { (byte) 0xed, 0x01 };

	/** Multicodec {@code ed25519-priv} (0x1300) as unsigned varint. */
	private static final byte[] ED25519_PRIVATE = { (byte) 0x80, 0x26 };

	private DidKey() {
	}

	/** The Multikey {@code publicKeyMultibase} of a raw Ed25519 public key. */
	static String publicKeyMultibase(byte[] publicKey) {
		return Multibase.encode(concat(ED25519_PUBLIC, publicKey));
	}

	/** The Multikey {@code secretKeyMultibase} of a raw Ed25519 seed. */
	static String secretKeyMultibase(byte[] seed) {
		return Multibase.encode(concat(ED25519_PRIVATE, seed));
	}

	static String did(byte[] publicKey) {
		return PREFIX + publicKeyMultibase(publicKey);
	}

	static String verificationMethod(byte[] publicKey) {
		String multikey = publicKeyMultibase(publicKey);
		return PREFIX + multikey + "#" + multikey;
	}

	/** The DID part of a DID URL: everything before the fragment. */
	static String didOf(String didUrl) {
		int hash = didUrl.indexOf('#');
		return (hash < 0) ? didUrl : didUrl.substring(0, hash);
	}

	/**
	 * Resolves a {@code did:key:z6Mk…#z6Mk…} verification method (or a bare
	 * {@code did:key}) to its raw Ed25519 public key.
	 * @throws CredentialException with {@link Reason#UNRESOLVABLE_KEY}
	 */
	static byte[] resolve(String verificationMethod) throws CredentialException {
		String did = didOf(verificationMethod);
		if (!did.startsWith(PREFIX)) {
			throw unresolvable("Expected a did:key verification method but got '"
					+ Multibase.abbreviate(verificationMethod) + "'");
		}
		String multikey = did.substring(PREFIX.length());
		if (did.length() < verificationMethod.length()
				&& !verificationMethod.substring(did.length() + 1).equals(multikey)) {
			throw unresolvable("Expected the fragment of '" + Multibase.abbreviate(verificationMethod)
					+ "' to be the multibase key " + multikey);
		}
		return decodeKey(multikey, ED25519_PUBLIC, Reason.UNRESOLVABLE_KEY);
	}

	/** Decodes a Multikey {@code publicKeyMultibase} to the raw public key. */
	static byte[] decodePublicKey(String multibase) throws CredentialException {
		return decodeKey(multibase, ED25519_PUBLIC, Reason.UNRESOLVABLE_KEY);
	}

	/** Decodes a Multikey {@code secretKeyMultibase} to the raw 32-byte seed. */
	static byte[] decodeSecretKey(String multibase) throws CredentialException {
		return decodeKey(multibase, ED25519_PRIVATE, Reason.UNRESOLVABLE_KEY);
	}

	private static byte[] decodeKey(String multibase, byte[] codec, Reason reason) throws CredentialException {
		byte[] bytes = Multibase.decode(multibase, reason);
		if (bytes.length != codec.length + Ed25519.KEY_LENGTH || bytes[0] != codec[0] || bytes[1] != codec[1]) {
			throw new CredentialException(reason,
					String.format("Expected an Ed25519 multikey (multicodec 0x%02x%02x, %d bytes) but got %d bytes",
							codec[0], codec[1], codec.length + Ed25519.KEY_LENGTH, bytes.length));
		}
		return Arrays.copyOfRange(bytes, codec.length, bytes.length);
	}

	private static CredentialException unresolvable(String message) {
		return new CredentialException(Reason.UNRESOLVABLE_KEY, message);
	}

	private static byte[] concat(byte[] prefix, byte[] key) {
		byte[] result = Arrays.copyOf(prefix, prefix.length + key.length);
		System.arraycopy(key, 0, result, prefix.length, key.length);
		return result;
	}

}
