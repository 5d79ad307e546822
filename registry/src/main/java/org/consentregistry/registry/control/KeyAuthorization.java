package org.consentregistry.registry.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens and the values creators publish, as ACME does it (RFC 8555 §8.1): the value is
 * {@code <token>.<base64url(SHA-256(issuer DID))>}, so a token seen by someone else
 * proves nothing for another issuer.
 */
final class KeyAuthorization {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private KeyAuthorization() {
	}

	/** A fresh token: 128 random bits, base64url without padding (22 characters). */
	static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return BASE64URL.encodeToString(bytes);
	}

	/** The value to publish for {@code token} and {@code issuer}. */
	static String of(String token, String issuer) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(issuer.getBytes(StandardCharsets.UTF_8));
			return token + "." + BASE64URL.encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	/**
	 * Whether a published value (surrounding white space ignored) is {@code expected}.
	 */
	static boolean matches(String published, String expected) {
		return MessageDigest.isEqual(published.trim().getBytes(StandardCharsets.US_ASCII),
				expected.getBytes(StandardCharsets.US_ASCII));
	}

}
