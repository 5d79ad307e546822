package org.consentregistry.blocker.robots;

import java.util.Locale;

/**
 * One parsed line of a robots.txt file.
 *
 * @param number the line number, from 1
 * @param kind what the key means
 * @param key the key as written (for {@link Kind#OTHER} lines such as
 * {@code Content-Usage})
 * @param value the value, trimmed; for allow and disallow lines percent-encoded as RFC
 * 9309 §2.2.2 asks (bytes above 0x7F escaped, escapes in upper case), one char a byte
 */
public record RobotsLine(int number, Kind kind, String key, String value) {

	/** The keys RFC 9309 and Google's parser know. */
	public enum Kind {

		/** {@code user-agent} (and the typos {@code useragent}, {@code user agent}). */
		USER_AGENT,

		/** {@code allow}. */
		ALLOW,

		/** {@code disallow} (and common typos of it). */
		DISALLOW,

		/** {@code sitemap} or {@code site-map}. */
		SITEMAP,

		/** Any other key, e.g. {@code Content-Usage} or {@code Crawl-delay}. */
		OTHER;

		/**
		 * The kind of {@code key}, matched by prefix and case-insensitively as Google
		 * does.
		 */
		static Kind of(String key) {
			String k = key.toLowerCase(Locale.ROOT);
			if (k.startsWith("user-agent") || k.startsWith("useragent") || k.startsWith("user agent")) {
				return USER_AGENT;
			}
			if (k.startsWith("allow")) {
				return ALLOW;
			}
			if (k.startsWith("disallow") || k.startsWith("dissallow") || k.startsWith("dissalow")
					|| k.startsWith("disalow") || k.startsWith("diasllow") || k.startsWith("disallaw")) {
				return DISALLOW;
			}
			if (k.startsWith("sitemap") || k.startsWith("site-map")) {
				return SITEMAP;
			}
			return OTHER;
		}

	}

}
