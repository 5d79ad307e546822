package org.consentregistry.blocker.policy;

import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Brings a record's identifier to the form queries are compared in. Records are meant to
 * hold normalised identifiers already; normalising again is a no-op for those and makes
 * the engine safe against records that do not.
 */
final class IdentifierNormalization {

	private IdentifierNormalization() {
	}

	/**
	 * The normalised identifier, or {@code null} if it cannot be normalised (and so can
	 * never match a query).
	 */
	static @Nullable Identifier normalize(Identifier identifier) {
		Identifier normalized = normalizeOrNull(identifier);
		return identifier.equals(normalized) ? identifier : normalized;
	}

	private static @Nullable Identifier normalizeOrNull(Identifier identifier) {
		try {
			if (identifier instanceof Identifier.ExactUrl exact) {
				return new Identifier.ExactUrl(UrlNormalizer.normalize(exact.url()));
			}
			if (identifier instanceof Identifier.UrlPrefix prefix) {
				return new Identifier.UrlPrefix(UrlNormalizer.normalize(prefix.prefix()));
			}
			if (identifier instanceof Identifier.Domain domain) {
				return new Identifier.Domain(UrlNormalizer.normalizeHost(domain.host()), domain.includeSubdomains());
			}
			if (identifier instanceof Identifier.Sha256 sha256) {
				String hex = Target.sha256Hex(sha256.hex());
				return (hex != null) ? new Identifier.Sha256(hex) : null;
			}
		}
		catch (UrlFormatException ex) {
			return null;
		}
		return null;
	}

}
