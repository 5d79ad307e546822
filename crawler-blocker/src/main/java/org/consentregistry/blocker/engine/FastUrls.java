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
	 * The normal form of {@code url} with its positions, in a view of its own.
	 * @throws UrlFormatException if it is not a usable http or https URL
	 */
	static UrlView parse(String url) throws UrlFormatException {
		UrlView fast = fast(url);
		return (fast != null) ? fast : reference(url);
	}

	/**
	 * The normal form of {@code url}: in {@code scratch} (returned) if the fast path
	 * takes it, which then allocates nothing unless the URL had to be rewritten, else in
	 * a new view from the reference normaliser.
	 * @throws UrlFormatException if it is not a usable http or https URL
	 */
	static UrlView scan(String url, UrlView scratch) throws UrlFormatException {
		return scanFast(url, scratch) ? scratch : reference(url);
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
		UrlView view = new UrlView();
		if (!scanFast(s, view)) {
			return null;
		}
		return new UrlView(view.url(), view.hostStart(), view.hostEnd(), view.pathStart(), view.ipHost(), view.ascii());
	}

	/**
	 * Puts the normal form of {@code s} into {@code into} if {@code s} has the common
	 * shape. The scan reads the string's ISO-8859-1 bytes, copied into the view's scratch
	 * array: a character above U+00FF is a {@code '?'} there, so every {@code '?'} taken
	 * is checked against the string, and a byte above 0x7F is never taken.
	 */
	private static boolean scanFast(String s, UrlView into) {
		int n = s.length();
		if (n < 8) {
			return false;
		}
		byte[] b = into.scratch(n + 1);
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			b[i] = (byte) ((c <= 0xFF) ? c : '?');
		}
		if ((b[0] | 0x20) != 'h' || (b[1] | 0x20) != 't' || (b[2] | 0x20) != 't' || (b[3] | 0x20) != 'p') {
			return false;
		}
		int colon = (b[4] == ':') ? 4 : ((b[4] | 0x20) == 's' && b[5] == ':') ? 5 : -1;
		if (colon < 0 || b[colon + 1] != '/' || b[colon + 2] != '/') {
			return false;
		}
		boolean changed = false;
		for (int i = 0; i < colon; i++) {
			changed |= b[i] < 'a';
		}
		return host(s, b, n, colon, into, changed);
	}

	/** Scans the host and port after the scheme, then the rest. */
	private static boolean host(String s, byte[] b, int n, int colon, UrlView into, boolean changed) {
		int hostStart = colon + 3;
		int i = hostStart;
		int labelStart = i;
		boolean digitsOnly = true;
		for (; i < n; i++) {
			int c = b[i];
			if (c == '.') {
				if (i == labelStart || i - labelStart > MAX_LABEL) {
					return false;
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
			return false;
		}
		int port = -1;
		if (i < n && b[i] == ':') {
			int digitsStart = ++i;
			int value = 0;
			for (; i < n && b[i] >= '0' && b[i] <= '9'; i++) {
				value = value * 10 + (b[i] - '0');
				if (value > 65535) {
					return false;
				}
			}
			boolean standard = i == digitsStart || value == ((colon == 4) ? 80 : 443);
			port = standard ? -1 : value;
			changed |= standard || b[digitsStart] == '0';
		}
		into.set(null, n, hostStart, hostEnd, i, digitsOnly);
		return rest(s, b, n, into, colon, port, changed);
	}

	/**
	 * Checks the path, query and fragment from the view's path start, then completes the
	 * view: the string itself if it is normal already, else rewritten in place.
	 */
	private static boolean rest(String s, byte[] b, int n, UrlView into, int colon, int port, boolean changed) {
		int pathStart = into.pathStart();
		int i = pathStart;
		if (i < n && b[i] != '/' && b[i] != '?' && b[i] != '#') {
			return false;
		}
		for (; i < n && b[i] != '?' && b[i] != '#'; i++) {
			int c = b[i];
			if (!literal(c) || (c == '.' && b[i - 1] == '/')) {
				return false;
			}
		}
		int pathEnd = i;
		if (i < n && b[i] == '?') {
			for (; i < n && b[i] != '#'; i++) {
				int c = b[i];
				if ((c == '?') ? s.charAt(i) != '?' : !literal(c)) {
					return false;
				}
			}
		}
		int end = i;
		if (!changed && pathEnd > pathStart && end == n) {
			into.set(s, n, into.hostStart(), into.hostEnd(), pathStart, into.ipHost());
		}
		else {
			rewrite(b, into, colon, port, pathEnd, end);
		}
		return true;
	}

	/**
	 * Rewrites the scanned bytes in place into the normal form: lower-case scheme and
	 * host, the port if kept, a path of at least '/', the query, no fragment. Nothing
	 * moves right except after an empty path, for which the scratch has one byte to
	 * spare.
	 */
	private static void rewrite(byte[] b, UrlView into, int colon, int port, int pathEnd, int end) {
		byte[] scheme = (colon == 4) ? HTTP : HTTPS;
		System.arraycopy(scheme, 0, b, 0, scheme.length);
		int hostEnd = into.hostEnd();
		for (int h = into.hostStart(); h < hostEnd; h++) {
			int c = b[h];
			b[h] = (byte) ((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
		}
		int at = hostEnd;
		if (port >= 0) {
			b[at++] = ':';
			int digits = (port < 10) ? 1 : (port < 100) ? 2 : (port < 1000) ? 3 : (port < 10000) ? 4 : 5;
			for (int d = digits - 1, v = port; d >= 0; d--, v /= 10) {
				b[at + d] = (byte) ('0' + v % 10);
			}
			at += digits;
		}
		int pathStart = into.pathStart();
		int newPathStart = at;
		if (pathEnd == pathStart) {
			System.arraycopy(b, pathStart, b, at + 1, end - pathStart);
			b[at++] = '/';
		}
		else {
			System.arraycopy(b, pathStart, b, at, end - pathStart);
		}
		into.set(null, at + end - pathStart, into.hostStart(), hostEnd, newPathStart, into.ipHost());
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
