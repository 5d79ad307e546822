package org.consentregistry.registry.bulkcheck;

import java.nio.charset.StandardCharsets;

/**
 * JSON strings and values in a byte buffer (RFC 8259): skipping them with full syntax
 * checks, and decoding a string, without allocating when it can be avoided.
 */
final class JsonStrings {

	private JsonStrings() {
	}

	/**
	 * Skips the string starting with the quote at {@code at}.
	 * @return the index after its closing quote, or -1 if it is not well-formed before
	 * {@code end} (unterminated, a control character, a bad escape)
	 */
	static int skip(byte[] bytes, int at, int end) {
		int i = at + 1;
		while (i < end) {
			byte b = bytes[i];
			if (b == '"') {
				return i + 1;
			}
			if (b >= 0 && b < 0x20) {
				return -1;
			}
			if (b == '\\') {
				if (i + 1 >= end) {
					return -1;
				}
				byte escaped = bytes[i + 1];
				if (escaped == 'u') {
					if (i + 6 > end || !hex(bytes, i + 2, i + 6)) {
						return -1;
					}
					i += 6;
					continue;
				}
				if ("\"\\/bfnrt".indexOf(escaped) < 0) {
					return -1;
				}
				i += 2;
				continue;
			}
			i++;
		}
		return -1;
	}

	/**
	 * The member name of the well-formed string {@code [start, end)}: {@code url},
	 * {@code sha256} or {@code id} as constants, anything else as the empty string.
	 */
	static String name(byte[] bytes, int start, int end) {
		int length = end - start - 2;
		if (length == 2 && bytes[start + 1] == 'i' && bytes[start + 2] == 'd') {
			return "id";
		}
		if (length == 3 && bytes[start + 1] == 'u' && bytes[start + 2] == 'r' && bytes[start + 3] == 'l') {
			return "url";
		}
		if (length == 6 && "sha256".equals(new String(bytes, start + 1, 6, StandardCharsets.ISO_8859_1))) {
			return "sha256";
		}
		for (int i = start + 1; i < end - 1; i++) {
			if (bytes[i] == '\\') {
				String decoded = decode(bytes, start, end);
				return switch (decoded) {
					case "id", "url", "sha256" -> decoded;
					default -> "";
				};
			}
		}
		return "";
	}

	/** Decodes the well-formed string {@code [start, end)} (quotes included). */
	static String decode(byte[] bytes, int start, int end) {
		boolean ascii = true;
		for (int i = start + 1; i < end - 1; i++) {
			byte b = bytes[i];
			if (b == '\\') {
				return unescape(bytes, start + 1, end - 1);
			}
			ascii &= b >= 0;
		}
		return new String(bytes, start + 1, end - start - 2,
				ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
	}

	private static String unescape(byte[] bytes, int from, int to) {
		StringBuilder out = new StringBuilder(to - from);
		int run = from;
		int i = from;
		while (i < to) {
			if (bytes[i] != '\\') {
				i++;
				continue;
			}
			out.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
			byte escaped = bytes[i + 1];
			if (escaped == 'u') {
				out.append((char) Integer.parseInt(new String(bytes, i + 2, 4, StandardCharsets.ISO_8859_1), 16));
				i += 6;
			}
			else {
				out.append(switch (escaped) {
					case 'b' -> '\b';
					case 'f' -> '\f';
					case 'n' -> '\n';
					case 'r' -> '\r';
					case 't' -> '\t';
					default -> (char) escaped;
				});
				i += 2;
			}
			run = i;
		}
		return out.append(new String(bytes, run, to - run, StandardCharsets.UTF_8)).toString();
	}

	/**
	 * Skips the JSON value starting at {@code at} (no white space before it).
	 * @return the index after it, or -1 if it is not well-formed before {@code end} or
	 * nests deeper than {@code depth}
	 */
	static int skipValue(byte[] bytes, int at, int end, int depth) {
		byte first = bytes[at];
		if (first == '"') {
			return skip(bytes, at, end);
		}
		if (first == '{' || first == '[') {
			return (depth > 0) ? JsonContainers.skip(bytes, at, end, depth - 1) : -1;
		}
		if (first == '-' || (first >= '0' && first <= '9')) {
			return number(bytes, at, end);
		}
		String literal = switch (first) {
			case 't' -> "true";
			case 'f' -> "false";
			case 'n' -> "null";
			default -> "";
		};
		return (!literal.isEmpty() && matches(bytes, at, end, literal)) ? at + literal.length() : -1;
	}

	/** Skips a number per RFC 8259 section 6; -1 if it is not one. */
	static int number(byte[] bytes, int at, int end) {
		int i = at;
		if (bytes[i] == '-') {
			i++;
		}
		int digits = digits(bytes, i, end);
		if (digits == 0 || (digits > 1 && bytes[i] == '0')) {
			return -1;
		}
		i += digits;
		if (i < end && bytes[i] == '.') {
			int fraction = digits(bytes, i + 1, end);
			if (fraction == 0) {
				return -1;
			}
			i += 1 + fraction;
		}
		if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
			i++;
			if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
				i++;
			}
			int exponent = digits(bytes, i, end);
			if (exponent == 0) {
				return -1;
			}
			i += exponent;
		}
		return i;
	}

	private static int digits(byte[] bytes, int at, int end) {
		int i = at;
		while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
			i++;
		}
		return i - at;
	}

	private static boolean matches(byte[] bytes, int at, int end, String literal) {
		if (at + literal.length() > end) {
			return false;
		}
		for (int i = 0; i < literal.length(); i++) {
			if (bytes[at + i] != literal.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean hex(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (!((b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F'))) {
				return false;
			}
		}
		return true;
	}

}
