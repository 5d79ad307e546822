package org.consentregistry.blocker.url;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding normalisation of a path or query (rules 12 to 16): hex digits upper
 * case, unreserved characters decoded, reserved ones never decoded, characters that may
 * not appear literally encoded as UTF-8, a stray {@code %} encoded as {@code %25}.
 */
final class PercentEncoding {

	/** Characters allowed literally in a path: pchar and '/' (RFC 3986 §3.3). */
	static final String PATH = "!$&'()*+,;=:@/";

	/** Characters allowed literally in a query: pchar, '/' and '?' (RFC 3986 §3.4). */
	static final String QUERY = PATH + "?";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PercentEncoding() {
	}

	/**
	 * Normalises {@code component}; {@code allowed} lists the characters besides the
	 * unreserved ones that may appear literally.
	 */
	static String normalize(String component, String allowed) {
		StringBuilder out = null;
		int length = component.length();
		for (int i = 0; i < length; i++) {
			char c = component.charAt(i);
			if (c != '%' && c < 0x80 && (isUnreserved(c) || allowed.indexOf(c) >= 0)) {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(length + 16).append(component, 0, i);
			}
			i = appendNormalized(component, i, out);
		}
		return (out != null) ? out.toString() : component;
	}

	/**
	 * Appends the normal form of the character or escape at {@code i}; returns its last
	 * index.
	 */
	private static int appendNormalized(String s, int i, StringBuilder out) {
		char c = s.charAt(i);
		if (c == '%') {
			int value = hexPair(s, i + 1);
			if (value < 0) {
				out.append("%25");
				return i;
			}
			if (isUnreserved((char) value)) {
				out.append((char) value);
			}
			else {
				appendEscape(value, out);
			}
			return i + 2;
		}
		int codePoint = s.codePointAt(i);
		for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
			appendEscape(b & 0xFF, out);
		}
		return i + Character.charCount(codePoint) - 1;
	}

	private static void appendEscape(int value, StringBuilder out) {
		out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
	}

	/** The byte encoded by two hex digits at {@code i}, or -1 if there are none. */
	static int hexPair(String s, int i) {
		if (i + 1 >= s.length()) {
			return -1;
		}
		int high = hex(s.charAt(i));
		int low = hex(s.charAt(i + 1));
		return (high < 0 || low < 0) ? -1 : (high << 4) | low;
	}

	private static int hex(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
	}

	/** ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 3986 §2.3). */
	static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
