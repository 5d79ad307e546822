package org.consentregistry.blocker.robots;

/**
 * Allow and disallow patterns (RFC 9309 §2.2.2, §2.2.3): {@code *} matches any sequence,
 * a final {@code $} the end of the path; otherwise a pattern matches as a prefix. Strings
 * hold one byte a char.
 */
final class PathPattern {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PathPattern() {
	}

	/**
	 * Whether {@code pattern} matches {@code path}, by the position-set algorithm of
	 * Google's {@code RobotsMatchStrategy::Matches}.
	 */
	static boolean matches(String path, String pattern) {
		int pathLength = path.length();
		int[] positions = new int[pathLength + 1];
		int count = 1;
		for (int p = 0; p < pattern.length(); p++) {
			char c = pattern.charAt(p);
			if (c == '$' && p == pattern.length() - 1) {
				return positions[count - 1] == pathLength;
			}
			if (c == '*') {
				count = pathLength - positions[0] + 1;
				for (int i = 1; i < count; i++) {
					positions[i] = positions[i - 1] + 1;
				}
				continue;
			}
			int next = 0;
			for (int i = 0; i < count; i++) {
				if (positions[i] < pathLength && path.charAt(positions[i]) == c) {
					positions[next++] = positions[i] + 1;
				}
			}
			count = next;
			if (count == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Percent-encodes bytes above 0x7F and upper-cases the hex digits of existing escapes
	 * (RFC 9309 §2.2.2).
	 */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
				out.append('%')
					.append(Character.toUpperCase(value.charAt(i + 1)))
					.append(Character.toUpperCase(value.charAt(i + 2)));
				i += 2;
			}
			else if (c >= 0x80) {
				out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
