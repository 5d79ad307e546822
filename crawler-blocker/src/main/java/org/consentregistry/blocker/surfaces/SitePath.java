package org.consentregistry.blocker.surfaces;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.url.NormalizedUrl;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Where an identifier falls on a host: a path (prefix or exact URL), the whole host
 * ({@code path} null, for a domain), or nowhere.
 *
 * @param path the path with the query, or {@code null} for the whole host
 * @param exact whether the path is one URL
 */
record SitePath(@Nullable String path, boolean exact) {

	/** Where {@code identifier} falls on {@code host}, or {@code null} if not on it. */
	static @Nullable SitePath of(Identifier identifier, String host) {
		if (identifier instanceof Identifier.Domain domain) {
			boolean on = domain.host().equals(host)
					|| (domain.includeSubdomains() && host.endsWith("." + domain.host()));
			return on ? new SitePath(null, false) : null;
		}
		if (identifier instanceof Identifier.UrlPrefix prefix) {
			return path(prefix.prefix(), host, false);
		}
		if (identifier instanceof Identifier.ExactUrl exact) {
			return path(exact.url(), host, true);
		}
		return null;
	}

	private static @Nullable SitePath path(String url, String host, boolean exact) {
		try {
			NormalizedUrl parsed = UrlNormalizer.parse(url);
			if (!parsed.host().equals(host) || parsed.port() >= 0) {
				return null;
			}
			String path = (parsed.query() != null) ? parsed.path() + "?" + parsed.query() : parsed.path();
			return new SitePath(path, exact);
		}
		catch (UrlFormatException ex) {
			return null;
		}
	}

	/** Whether {@code record} has an identifier that covers the scope at {@code path}. */
	static boolean matches(ConsentRecord record, String host, String path, boolean exact) {
		for (Identifier identifier : record.identifiers()) {
			SitePath at = of(identifier, host);
			if (at != null && (at.path() == null
					|| (at.exact() ? exact && at.path().equals(path) : path.startsWith(at.path())))) {
				return true;
			}
		}
		return false;
	}

}
