package org.consentregistry.blocker.crypto;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.jspecify.annotations.Nullable;

/**
 * Pure Ed25519 (RFC 8032) with Bouncy Castle.
 */
public final class Ed25519 {

	public static final int KEY_LENGTH = 32;

	public static final int SIGNATURE_LENGTH = 64;

	private Ed25519() {
	}

	/** A new random 32-byte private key seed. */
	public static byte[] newSeed(SecureRandom random) {
		byte[] seed = new byte[KEY_LENGTH];
		random.nextBytes(seed);
		return seed;
	}

	/** The public key of a 32-byte seed. */
	public static byte[] publicKey(byte[] seed) {
		return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
	}

	/** The signature of a message by the key of a 32-byte seed. */
	public static byte[] sign(byte[] seed, byte[] message) {
		return sign(privateKey(seed), message);
	}

	/**
	 * The private key of a 32-byte seed. Each signature needs the public key too, which
	 * the key derives once (a scalar multiplication) and keeps: signers that sign often
	 * keep this key rather than the seed, halving the cost of a signature.
	 */
	public static Ed25519PrivateKeyParameters privateKey(byte[] seed) {
		return new Ed25519PrivateKeyParameters(seed, 0);
	}

	/** The signature of a message by a private key. */
	public static byte[] sign(Ed25519PrivateKeyParameters key, byte[] message) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, key);
		signer.update(message, 0, message.length);
		return signer.generateSignature();
	}

	/**
	 * Verifies a signature; {@code false} for any malformed key or signature, never an
	 * exception.
	 */
	public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		Ed25519PublicKeyParameters key = decodePublicKey(publicKey);
		return key != null && verify(key, message, signature);
	}

	/**
	 * A decoded public key, or {@code null} if it is not a valid point encoding. Decoding
	 * takes a square root in the field, so verifiers keep decoded keys.
	 */
	public static @Nullable Ed25519PublicKeyParameters decodePublicKey(byte[] publicKey) {
		if (publicKey.length != KEY_LENGTH) {
			return null;
		}
		try {
			return new Ed25519PublicKeyParameters(publicKey, 0);
		}
		catch (IllegalArgumentException ex) {
			// Bouncy Castle rejects a public key that is not a valid point encoding
			return null;
		}
	}

	/** Verifies a signature by a decoded key; {@code false} for a malformed signature. */
	public static boolean verify(Ed25519PublicKeyParameters publicKey, byte[] message, byte[] signature) {
		if (signature.length != SIGNATURE_LENGTH) {
			return false;
		}
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, publicKey);
		verifier.update(message, 0, message.length);
		return verifier.verifySignature(signature);
	}

}
