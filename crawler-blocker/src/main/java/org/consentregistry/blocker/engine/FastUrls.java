package org.consentregistry.blocker.engine;

import java.nio.charset.StandardCharsets;

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

	private static final byte[] HTTP = "http://".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] HTTPS = "https://".getBytes(StandardCharsets.ISO_8859_1);

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
		return fast(s, s.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * The normal form if {@code s}, whose ISO-8859-1 bytes are {@code b}, has the common
	 * shape. The scan reads the bytes: a character above U+00FF is a {@code '?'} there,
	 * so every {@code '?'} taken is checked against the string, and a byte above 0x7F is
	 * never taken.
	 */
	private static @Nullable UrlView fast(String s, byte[] b) {
		int n = b.length;
		if (n < 8 || (b[0] | 0x20) != 'h' || (b[1] | 0x20) != 't' || (b[2] | 0x20) != 't' || (b[3] | 0x20) != 'p') {
			return null;
		}
		int colon = (b[4] == ':') ? 4 : ((b[4] | 0x20) == 's' && b[5] == ':') ? 5 : -1;
		if (colon < 0 || b[colon + 1] != '/' || b[colon + 2] != '/') {
			return null;
		}
		boolean changed = false;
		for (int i = 0; i < colon; i++) {
			changed |= b[i] < 'a';
		}
		int hostStart = colon + 3;
		int i = hostStart;
		int labelStart = i;
		boolean digitsOnly = true;
		for (; i < n; i++) {
			int c = b[i];
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
		if (i < n && b[i] == ':') {
			int digitsStart = ++i;
			int value = 0;
			for (; i < n && b[i] >= '0' && b[i] <= '9'; i++) {
				value = value * 10 + (b[i] - '0');
				if (value > 65535) {
					return null;
				}
			}
			boolean standard = i == digitsStart || value == ((colon == 4) ? 80 : 443);
			port = standard ? -1 : value;
			changed |= standard || b[digitsStart] == '0';
		}
		return rest(s, b, new Origin(colon, hostStart, hostEnd, port, digitsOnly), i, changed);
	}

	/**
	 * Checks the path, query and fragment from {@code pathStart}, then builds the view.
	 */
	private static @Nullable UrlView rest(String s, byte[] b, Origin origin, int pathStart, boolean changed) {
		int n = b.length;
		int i = pathStart;
		if (i < n && b[i] != '/' && b[i] != '?' && b[i] != '#') {
			return null;
		}
		for (; i < n && b[i] != '?' && b[i] != '#'; i++) {
			int c = b[i];
			if (!literal(c) || (c == '.' && b[i - 1] == '/')) {
				return null;
			}
		}
		int pathEnd = i;
		if (i < n && b[i] == '?') {
			for (; i < n && b[i] != '#'; i++) {
				int c = b[i];
				if ((c == '?') ? s.charAt(i) != '?' : !literal(c)) {
					return null;
				}
			}
		}
		int end = i;
		if (!changed && pathEnd > pathStart && end == n) {
			return new UrlView(s, origin.hostStart, origin.hostEnd, pathStart, origin.ipHost, b);
		}
		return rebuilt(b, origin, pathStart, pathEnd, end);
	}

	/** The normal form built anew: lower-case scheme and host, port, path and query. */
	private static UrlView rebuilt(byte[] b, Origin origin, int pathStart, int pathEnd, int end) {
		int hostLength = origin.hostEnd - origin.hostStart;
		String port = (origin.port >= 0) ? ":" + origin.port : "";
		byte[] url = new byte[origin.colon + 3 + hostLength + port.length() + ((pathEnd == pathStart) ? 1 : 0) + end
				- pathStart];
		int at = 0;
		for (byte c : (origin.colon == 4) ? HTTP : HTTPS) {
			url[at++] = c;
		}
		for (int h = origin.hostStart; h < origin.hostEnd; h++) {
			int c = b[h];
			url[at++] = (byte) ((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
		}
		for (int p = 0; p < port.length(); p++) {
			url[at++] = (byte) port.charAt(p);
		}
		int newPathStart = at;
		if (pathEnd == pathStart) {
			url[at++] = '/';
		}
		System.arraycopy(b, pathStart, url, at, end - pathStart);
		int newHostStart = origin.colon + 3;
		return new UrlView(new String(url, StandardCharsets.ISO_8859_1), newHostStart, newHostStart + hostLength,
				newPathStart, origin.ipHost, url);
	}

	/**
	 * The scheme and authority as scanned.
	 *
	 * @param colon where the scheme's colon is (4 for http, 5 for https)
	 * @param hostStart where the host starts
	 * @param hostEnd where it ends
	 * @param port a port to keep, or -1
	 * @param ipHost whether the host is an IPv4 address (its last label all digits)
	 */
	private record Origin(int colon, int hostStart, int hostEnd, int port, boolean ipHost) {
	}

	/**
	 * Whether {@code c} stands literally in a normal path: unreserved, sub-delims, ':',
	 * '@' and '/' (RFC 3986 §3.3); not '%', which the reference path handles.
	 */
	private static boolean literal(int c) {
		return c >= 0 && LITERAL[c];
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
