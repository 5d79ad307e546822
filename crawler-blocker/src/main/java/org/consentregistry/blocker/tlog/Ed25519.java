package org.consentregistry.blocker.tlog;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Pure Ed25519 (RFC 8032) with Bouncy Castle.
 */
final class Ed25519 {

	static final int KEY_LENGTH = 32;

	static final int SIGNATURE_LENGTH = 64;

	private Ed25519() {
	}

	static byte[] newSeed(SecureRandom random) {
		byte[] seed = new byte[KEY_LENGTH];
		random.nextBytes(seed);
		return seed;
	}

	static byte[] publicKey(byte[] seed) {
		return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
	}

	static byte[] sign(byte[] seed, byte[] message) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
		signer.update(message, 0, message.length);
		return signer.generateSignature();
	}

	/** Whether the signature verifies; {@code false} for a malformed key or signature. */
	static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		if (publicKey.length != KEY_LENGTH || signature.length != SIGNATURE_LENGTH) {
			return false;
		}
		try {
			Ed25519Signer verifier = new Ed25519Signer();
			verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
			verifier.update(message, 0, message.length);
			return verifier.verifySignature(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
