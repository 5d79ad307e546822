package org.consentregistry.registry.control.web;

import org.consentregistry.blocker.policy.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * An identifier in the same shape as in consent credentials.
 *
 * @param type ExactUrl, UrlPrefix, Domain or ContentHash
 * @param url the URL of an ExactUrl
 * @param urlPrefix the prefix of a UrlPrefix
 * @param domain the host of a Domain
 * @param includeSubdomains whether a Domain includes its subdomains
 * @param sha256 the hex digest of a ContentHash
 */
public record IdentifierJson(String type, @Nullable String url, @Nullable String urlPrefix, @Nullable String domain,
		@Nullable Boolean includeSubdomains, @Nullable String sha256) {

	public static IdentifierJson of(Identifier identifier) {
		if (identifier instanceof Identifier.ExactUrl exact) {
			return new IdentifierJson("ExactUrl", exact.url(), null, null, null, null);
		}
		if (identifier instanceof Identifier.UrlPrefix prefix) {
			return new IdentifierJson("UrlPrefix", null, prefix.prefix(), null, null, null);
		}
		if (identifier instanceof Identifier.Domain domain) {
			return new IdentifierJson("Domain", null, null, domain.host(), domain.includeSubdomains(), null);
		}
		return new IdentifierJson("ContentHash", null, null, null, null, ((Identifier.Sha256) identifier).hex());
	}

}
