package org.consentregistry.registry.control;

import org.consentregistry.blocker.policy.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * How identifiers relate: whether verified control of one covers a record's identifier,
 * and whether two records' identifiers overlap (some URL matches both).
 * <ul>
 * <li>A domain covers itself, the URLs and prefixes on that host, and, if its subdomains
 * are included, every subdomain and the URLs on them. A domain without subdomains does
 * not cover the same domain with subdomains.</li>
 * <li>A URL prefix covers the prefixes and URLs that start with it.</li>
 * <li>Nothing covers a content hash: without a URL there is no place to prove control of,
 * and anyone can host a copy of anyone's file.</li>
 * </ul>
 */
final class Coverage {

	private Coverage() {
	}

	/** Whether verified control of {@code claimed} covers {@code target}. */
	static boolean covers(Identifier claimed, Identifier target) {
		if (target instanceof Identifier.Sha256 || claimed instanceof Identifier.Sha256
				|| claimed instanceof Identifier.ExactUrl) {
			return claimed.equals(target) && !(target instanceof Identifier.Sha256);
		}
		if (claimed instanceof Identifier.UrlPrefix prefix) {
			String url = url(target);
			return url != null && url.startsWith(prefix.prefix());
		}
		Identifier.Domain domain = (Identifier.Domain) claimed;
		if (target instanceof Identifier.Domain other && other.includeSubdomains()) {
			return domain.includeSubdomains() && under(other.host(), domain.host());
		}
		String host = host(target);
		return host != null
				&& (host.equals(domain.host()) || (domain.includeSubdomains() && under(host, domain.host())));
	}

	/** Whether some URL (or file) matches both identifiers. */
	static boolean overlap(Identifier a, Identifier b) {
		if (a instanceof Identifier.Sha256 || b instanceof Identifier.Sha256) {
			return a.equals(b);
		}
		if (a instanceof Identifier.Domain da && b instanceof Identifier.Domain db) {
			return da.host().equals(db.host()) || (da.includeSubdomains() && under(db.host(), da.host()))
					|| (db.includeSubdomains() && under(da.host(), db.host()));
		}
		if (a instanceof Identifier.Domain) {
			return covers(a, b);
		}
		if (b instanceof Identifier.Domain) {
			return covers(b, a);
		}
		String ua = url(a);
		String ub = url(b);
		return ua != null && ub != null && (ua.startsWith(ub) && !(b instanceof Identifier.ExactUrl)
				|| ub.startsWith(ua) && !(a instanceof Identifier.ExactUrl) || ua.equals(ub));
	}

	/** Whether {@code host} is {@code parent} or a subdomain of it. */
	static boolean under(String host, String parent) {
		return host.equals(parent) || host.endsWith("." + parent);
	}

	static @Nullable String url(Identifier identifier) {
		if (identifier instanceof Identifier.ExactUrl exact) {
			return exact.url();
		}
		return (identifier instanceof Identifier.UrlPrefix prefix) ? prefix.prefix() : null;
	}

	static @Nullable String host(Identifier identifier) {
		if (identifier instanceof Identifier.Domain domain) {
			return domain.host();
		}
		String url = url(identifier);
		return (url != null) ? hostOf(url) : null;
	}

	/**
	 * The host of a normalised URL, read off its text (decisions call this, so no
	 * parsing): normal forms have no user info, a lower-case host, and IPv6 in brackets.
	 */
	static @Nullable String hostOf(String url) {
		int start = url.indexOf("://");
		if (start < 0) {
			return null;
		}
		start += 3;
		int end = start;
		if (url.startsWith("[", start)) {
			end = url.indexOf(']', start) + 1;
			return (end > 0) ? url.substring(start, end) : null;
		}
		while (end < url.length() && "/:?#".indexOf(url.charAt(end)) < 0) {
			end++;
		}
		return url.substring(start, end);
	}

}
