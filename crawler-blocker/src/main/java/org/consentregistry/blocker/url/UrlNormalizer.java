package org.consentregistry.blocker.url;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Brings an http or https URL to the one normal form under which the registry stores and
 * matches URLs, following RFC 3986 §6.2.2 (syntax-based) and §6.2.3 (scheme-based)
 * normalisation and UTS #46 for host names. The rules, one a line with an example each,
 * are in {@code docs/url-normalisation.md}. Normalisation is purely syntactic: no DNS, no
 * network. It is idempotent: normalising a normal form returns it unchanged.
 */
public final class UrlNormalizer {

	private UrlNormalizer() {
	}

	/**
	 * Normalises {@code url} to a string.
	 * @param url an absolute http or https URL, possibly not normalised
	 * @return the normal form
	 * @throws UrlFormatException if {@code url} is not a usable http or https URL
	 */
	public static String normalize(String url) throws UrlFormatException {
		return parse(url).toString();
	}

	/**
	 * Normalises {@code url} and returns its parts.
	 * @param url an absolute http or https URL, possibly not normalised
	 * @return the normal form, in parts
	 * @throws UrlFormatException if {@code url} is not a usable http or https URL
	 */
	public static NormalizedUrl parse(String url) throws UrlFormatException {
		String s = backslashesAsSlashes(clean(url));
		int colon = s.indexOf(':');
		if (colon <= 0 || !isScheme(s, colon)) {
			throw new UrlFormatException(
					"expected an absolute URL starting with http:// or https://, got " + quote(url));
		}
		String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new UrlFormatException("expected scheme http or https, got " + quote(scheme) + " in " + quote(url));
		}
		if (!s.startsWith("//", colon + 1)) {
			throw new UrlFormatException("expected '//' and a host after '" + scheme + ":', got " + quote(url));
		}
		int authorityStart = colon + 3;
		int authorityEnd = indexOfAny(s, authorityStart, "/?#");
		int hash = s.indexOf('#', authorityEnd);
		int end = (hash < 0) ? s.length() : hash;
		int question = s.indexOf('?', authorityEnd);
		int pathEnd = (question < 0 || question > end) ? end : question;
		String authority = s.substring(authorityStart, authorityEnd);
		// Rule 4: the userinfo is dropped; the host follows the last '@'.
		String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
		int portColon = portColon(hostAndPort);
		String host = Hosts.normalize((portColon < 0) ? hostAndPort : hostAndPort.substring(0, portColon));
		int port = (portColon < 0) ? -1 : port(hostAndPort.substring(portColon + 1), scheme, url);
		String path = PercentEncoding.normalize(s.substring(authorityEnd, pathEnd), PercentEncoding.PATH);
		path = DotSegments.remove(path);
		String query = (pathEnd == end) ? null
				: PercentEncoding.normalize(s.substring(pathEnd + 1, end), PercentEncoding.QUERY);
		return new NormalizedUrl(scheme, host, port, path, query);
	}

	/**
	 * Normalises a bare host name or IP address as it appears in a URL: lower case, IDNA
	 * to ASCII, no trailing dot.
	 * @param host a host name, an IPv4 address or an IPv6 address in brackets
	 * @return the normal form
	 * @throws UrlFormatException if {@code host} is not a usable host
	 */
	public static String normalizeHost(String host) throws UrlFormatException {
		return Hosts.normalize(clean(host));
	}

	/**
	 * Rule 1: strips leading and trailing spaces and C0 controls and removes tabs and
	 * line breaks anywhere, as browsers do (WHATWG URL Standard).
	 */
	private static String clean(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && s.charAt(start) <= ' ') {
			start++;
		}
		while (end > start && s.charAt(end - 1) <= ' ') {
			end--;
		}
		String trimmed = s.substring(start, end);
		if (trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0) {
			return trimmed;
		}
		return trimmed.replace("\t", "").replace("\n", "").replace("\r", "");
	}

	/**
	 * Rule 1: before the query, a backslash is read as '/', as browsers do for http and
	 * https (WHATWG URL Standard), so that a URL means here what it means to a fetcher.
	 */
	private static String backslashesAsSlashes(String s) {
		int backslash = s.indexOf('\\');
		if (backslash < 0) {
			return s;
		}
		int end = indexOfAny(s, 0, "?#");
		if (backslash > end) {
			return s;
		}
		return s.substring(0, end).replace('\\', '/') + s.substring(end);
	}

	private static boolean isScheme(String s, int colon) {
		for (int i = 0; i < colon; i++) {
			char c = s.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
				return false;
			}
		}
		return true;
	}

	private static int indexOfAny(String s, int from, String chars) {
		for (int i = from; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return s.length();
	}

	private static int portColon(String hostAndPort) {
		int close = hostAndPort.startsWith("[") ? hostAndPort.indexOf(']') : -1;
		return hostAndPort.indexOf(':', close + 1);
	}

	/** Rule 10: the port as a number, or -1 when empty or the scheme's default. */
	private static int port(String digits, String scheme, String url) throws UrlFormatException {
		int value = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9' || (value = value * 10 + (c - '0')) > 65535) {
				throw new UrlFormatException(
						"expected a port number from 0 to 65535, got " + quote(digits) + " in " + quote(url));
			}
		}
		int defaultPort = scheme.equals("http") ? 80 : 443;
		return (digits.isEmpty() || value == defaultPort) ? -1 : value;
	}

	static String quote(@Nullable String s) {
		if (s == null) {
			return "null";
		}
		return "'" + ((s.length() > 200) ? s.substring(0, 200) + "..." : s) + "'";
	}

}
