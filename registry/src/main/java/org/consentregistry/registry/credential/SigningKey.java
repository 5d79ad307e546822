package org.consentregistry.registry.credential;

/**
 * An Ed25519 key pair of a creator, identified by its {@code did:key}.
 *
 * @param seed the 32-byte private key seed
 * @param publicKey the 32-byte public key
 */
public record SigningKey(byte[] seed, byte[] publicKey) {

	/** Generates a new key pair from a strong random source. */
	public static SigningKey generate() {
		throw new IllegalStateException("not implemented yet");
	}

	/** Derives the key pair of a 32-byte seed. */
	public static SigningKey fromSeed(byte[] seed) {
		throw new IllegalStateException("not implemented yet");
	}

	/** The {@code did:key:z6Mk…} DID of the public key. */
	public String did() {
		throw new IllegalStateException("not implemented yet");
	}

	/** The verification method: the DID, {@code #}, and the multibase key again. */
	public String verificationMethod() {
		throw new IllegalStateException("not implemented yet");
	}

}
