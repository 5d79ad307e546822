package org.consentregistry.registry.credential;

import java.security.SecureRandom;
import java.util.Arrays;

import org.consentregistry.blocker.crypto.Ed25519;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 key pair of a creator, identified by its {@code did:key}.
 *
 * @param seed the 32-byte private key seed
 * @param publicKey the 32-byte public key
 */
public record SigningKey(byte[] seed, byte[] publicKey) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Checks that the public key belongs to the seed.
	 * @throws IllegalArgumentException if a length is not 32 bytes or the public key is
	 * not the seed's
	 */
	public SigningKey {
		if (seed.length != Ed25519.KEY_LENGTH || publicKey.length != Ed25519.KEY_LENGTH) {
			throw new IllegalArgumentException("Expected a 32-byte seed and a 32-byte public key but got " + seed.length
					+ " and " + publicKey.length + " bytes");
		}
		if (!Arrays.equals(Ed25519.publicKey(seed), publicKey)) {
			throw new IllegalArgumentException("The public key is not the one of the seed");
		}
		seed = seed.clone();
		publicKey = publicKey.clone();
	}

	/** Generates a new key pair from a strong random source. */
	public static SigningKey generate() {
		byte[] seed = new byte[Ed25519.KEY_LENGTH];
		RANDOM.nextBytes(seed);
		return fromSeed(seed);
	}

	/**
	 * Derives the key pair of a 32-byte seed.
	 * @throws IllegalArgumentException if the seed is not 32 bytes long
	 */
	public static SigningKey fromSeed(byte[] seed) {
		if (seed.length != Ed25519.KEY_LENGTH) {
			throw new IllegalArgumentException("Expected a 32-byte seed but got " + seed.length + " bytes");
		}
		return new SigningKey(seed, Ed25519.publicKey(seed));
	}

	/**
	 * Reads a Multikey {@code secretKeyMultibase} ({@code z3u2…}, multicodec
	 * {@code 0x8026} followed by the seed), as in the W3C test vectors' key pairs.
	 * @throws CredentialException if it is not an Ed25519 secret Multikey
	 */
	public static SigningKey fromSecretKeyMultibase(String secretKeyMultibase) throws CredentialException {
		return fromSeed(DidKey.decodeSecretKey(secretKeyMultibase));
	}

	/** The 32-byte seed (a copy). */
	@Override
	public byte[] seed() {
		return this.seed.clone();
	}

	/** The 32-byte public key (a copy). */
	@Override
	public byte[] publicKey() {
		return this.publicKey.clone();
	}

	/** The Multikey {@code publicKeyMultibase}: {@code z6Mk…}. */
	public String publicKeyMultibase() {
		return DidKey.publicKeyMultibase(this.publicKey);
	}

	/** The Multikey {@code secretKeyMultibase}: {@code z3u2…}. Keep it secret. */
	public String secretKeyMultibase() {
		return DidKey.secretKeyMultibase(this.seed);
	}

	/** The {@code did:key:z6Mk…} DID of the public key. */
	public String did() {
		return DidKey.did(this.publicKey);
	}

	/** The verification method: the DID, {@code #}, and the multibase key again. */
	public String verificationMethod() {
		return DidKey.verificationMethod(this.publicKey);
	}

	byte[] sign(byte[] message) {
		return Ed25519.sign(this.seed, message);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof SigningKey key) && Arrays.equals(this.seed, key.seed);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.publicKey);
	}

	/** Names the DID only: the seed never appears in logs. */
	@Override
	public String toString() {
		return "SigningKey[" + did() + "]";
	}

}
