package org.consentregistry.blocker.policy;

import java.util.Locale;

import org.consentregistry.blocker.url.NormalizedUrl;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a {@link Query}, parsed: a normalised URL with its host, or a
 * SHA-256.
 *
 * @param url the normalised URL, or {@code null} for a hash
 * @param host the URL's host, or {@code null} for a hash
 * @param hostIsIpAddress whether the host is an IP address (no parent domains)
 * @param sha256 the lower-case hex hash, or {@code null} for a URL
 */
record Target(@Nullable String url, @Nullable String host, boolean hostIsIpAddress, @Nullable String sha256) {

	private static final String SHA256_PREFIX = "sha256:";

	static Target of(String identifier) throws UrlFormatException {
		String trimmed = identifier.trim();
		if (trimmed.regionMatches(true, 0, SHA256_PREFIX, 0, SHA256_PREFIX.length())) {
			String hex = sha256Hex(trimmed.substring(SHA256_PREFIX.length()));
			if (hex == null) {
				throw new UrlFormatException("expected 'sha256:' followed by 64 hex digits, got '" + trimmed + "'");
			}
			return new Target(null, null, false, hex);
		}
		NormalizedUrl url = UrlNormalizer.parse(trimmed);
		return new Target(url.toString(), url.host(), url.hostIsIpAddress(), null);
	}

	/** The lower-case form of a 64-digit hex string, or {@code null} if it is not one. */
	static @Nullable String sha256Hex(String hex) {
		if (hex.length() != 64) {
			return null;
		}
		for (int i = 0; i < hex.length(); i++) {
			char c = hex.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
				return null;
			}
		}
		return hex.toLowerCase(Locale.ROOT);
	}

}
