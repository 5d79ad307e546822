package org.consentregistry.blocker.engine;

import org.consentregistry.blocker.url.NormalizedUrl;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for URL normalisation: one pass over URLs of the common shape (http or
 * https, an ASCII host name or IPv4 address, an optional port, a path and query of
 * characters that may stand literally, no percent-escapes, no dot segments, no userinfo),
 * usually returning the input string itself. Anything else goes to the reference
 * {@link UrlNormalizer}, whose rules ({@code docs/url-normalisation.md}) the fast path
 * agrees with (a property test compares them).
 */
final class FastUrls {

	private static final int MAX_HOST = 253;

	private static final int MAX_LABEL = 63;

	private static final boolean[] LITERAL = literalTable();

	private FastUrls() {
	}

	/**
	 * The normal form of {@code url} with its positions.
	 * @throws UrlFormatException if it is not a usable http or https URL
	 */
	static UrlView parse(String url) throws UrlFormatException {
		UrlView fast = fast(url);
		return (fast != null) ? fast : reference(url);
	}

	static UrlView reference(String url) throws UrlFormatException {
		NormalizedUrl n = UrlNormalizer.parse(url);
		int hostStart = n.scheme().length() + 3;
		int hostEnd = hostStart + n.host().length();
		int pathStart = hostEnd + ((n.port() >= 0) ? 1 + Integer.toString(n.port()).length() : 0);
		return UrlView.of(n.toString(), hostStart, hostEnd, pathStart, n.hostIsIpAddress());
	}

	/** The normal form if {@code s} has the common shape, else {@code null}. */
	static @Nullable UrlView fast(String s) {
		int n = s.length();
		if (n < 8 || (s.charAt(0) | 0x20) != 'h' || (s.charAt(1) | 0x20) != 't' || (s.charAt(2) | 0x20) != 't'
				|| (s.charAt(3) | 0x20) != 'p') {
			return null;
		}
		int colon = (s.charAt(4) == ':') ? 4 : ((s.charAt(4) | 0x20) == 's' && s.charAt(5) == ':') ? 5 : -1;
		if (colon < 0 || s.charAt(colon + 1) != '/' || s.charAt(colon + 2) != '/') {
			return null;
		}
		boolean changed = false;
		for (int i = 0; i < colon; i++) {
			changed |= s.charAt(i) < 'a';
		}
		int hostStart = colon + 3;
		int i = hostStart;
		int labelStart = i;
		boolean digitsOnly = true;
		for (; i < n; i++) {
			char c = s.charAt(i);
			if (c == '.') {
				if (i == labelStart || i - labelStart > MAX_LABEL) {
					return null;
				}
				labelStart = i + 1;
				digitsOnly = true;
			}
			else if ((c >= 'a' && c <= 'z') || c == '-' || c == '_') {
				digitsOnly = false;
			}
			else if (c >= 'A' && c <= 'Z') {
				digitsOnly = false;
				changed = true;
			}
			else if (c < '0' || c > '9') {
				break;
			}
		}
		int hostEnd = i;
		if (hostEnd == labelStart || hostEnd - labelStart > MAX_LABEL || hostEnd - hostStart > MAX_HOST) {
			return null;
		}
		int port = -1;
		if (i < n && s.charAt(i) == ':') {
			int digitsStart = ++i;
			int value = 0;
			for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
				value = value * 10 + (s.charAt(i) - '0');
				if (value > 65535) {
					return null;
				}
			}
			boolean standard = i == digitsStart || value == ((colon == 4) ? 80 : 443);
			port = standard ? -1 : value;
			changed |= standard || s.charAt(digitsStart) == '0';
		}
		return rest(s, colon, hostStart, hostEnd, port, i, changed, digitsOnly);
	}

	/**
	 * Checks the path, query and fragment from {@code pathStart}, then builds the view.
	 */
	private static @Nullable UrlView rest(String s, int colon, int hostStart, int hostEnd, int port, int pathStart,
			boolean changed, boolean ipHost) {
		int n = s.length();
		int i = pathStart;
		if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
			return null;
		}
		for (; i < n && s.charAt(i) != '?' && s.charAt(i) != '#'; i++) {
			char c = s.charAt(i);
			if (!literal(c) || (c == '.' && s.charAt(i - 1) == '/')) {
				return null;
			}
		}
		int pathEnd = i;
		if (i < n && s.charAt(i) == '?') {
			for (i++; i < n && s.charAt(i) != '#'; i++) {
				char c = s.charAt(i);
				if (!literal(c) && c != '?') {
					return null;
				}
			}
		}
		int end = i;
		if (!changed && pathEnd > pathStart && end == n) {
			return UrlView.ofAscii(s, hostStart, hostEnd, pathStart, ipHost);
		}
		StringBuilder url = new StringBuilder(end + 8).append((colon == 4) ? "http://" : "https://");
		for (int h = hostStart; h < hostEnd; h++) {
			char c = s.charAt(h);
			url.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		if (port >= 0) {
			url.append(':').append(port);
		}
		int newPathStart = url.length();
		if (pathEnd == pathStart) {
			url.append('/');
		}
		url.append(s, pathStart, end);
		int newHostStart = colon + 3;
		return UrlView.ofAscii(url.toString(), newHostStart, newHostStart + hostEnd - hostStart, newPathStart, ipHost);
	}

	/**
	 * Whether {@code c} stands literally in a normal path: unreserved, sub-delims, ':',
	 * '@' and '/' (RFC 3986 §3.3); not '%', which the reference path handles.
	 */
	private static boolean literal(char c) {
		return c < 0x80 && LITERAL[c];
	}

	private static boolean[] literalTable() {
		boolean[] table = new boolean[0x80];
		for (char c = 0; c < 0x80; c++) {
			table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
		}
		return table;
	}

}
