package org.consentregistry.blocker.surfaces;

/**
 * Safe text for comments and regular expressions in generated files.
 */
final class Names {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private Names() {
	}

	/**
	 * {@code name} for a comment: letters, digits and {@code . _ / -} and spaces kept,
	 * every other character shown as {@code ?}, so no line break or quote gets through.
	 */
	static String comment(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length() && i < 100; i++) {
			char c = name.charAt(i);
			out.append((isWordChar(c) || c == '.' || c == '/' || c == ' ') ? c : '?');
		}
		return out.toString();
	}

	/**
	 * A regular expression (PCRE and RE2 alike) matching {@code text} literally: word
	 * characters as they are, every other ASCII character as {@code \xHH}.
	 */
	static String literal(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isWordChar(c) || c == '/') {
				out.append(c);
			}
			else {
				out.append("\\x").append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
			}
		}
		return out.toString();
	}

	static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
	}

}
