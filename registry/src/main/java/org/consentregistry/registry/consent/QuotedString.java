package org.consentregistry.registry.consent;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the quoted lexical form of a literal in canonical N-Quads (RDF 1.1 N-Quads §2.4,
 * {@code STRING_LITERAL_QUOTE} with {@code ECHAR} and {@code UCHAR} escapes) for
 * {@link CanonicalQuads}. It gives up ({@code null}) on what it does not take (a control
 * character, a lone surrogate, an escape of either, an unknown escape), and the caller
 * then leaves the whole text to Jena's parser.
 */
final class QuotedString {

	private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

	private final String text;

	private int at;

	private QuotedString(String text, int at) {
		this.text = text;
		this.at = at;
	}

	/**
	 * The lexical form of the string whose opening quote is at {@code at}, and the index
	 * after its closing quote; {@code null} if it is not in the form this reader takes.
	 */
	static @Nullable Read read(String text, int at) {
		QuotedString reader = new QuotedString(text, at);
		String lexical = reader.quoted();
		return (lexical != null) ? new Read(lexical, reader.at) : null;
	}

	private @Nullable String quoted() {
		StringBuilder out = null;
		int start = ++this.at;
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (c == '"') {
				String lexical = (out == null) ? this.text.substring(start, this.at) : out.toString();
				this.at++;
				return lexical;
			}
			if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
				return null;
			}
			if (c == '\\') {
				if (out == null) {
					out = new StringBuilder(this.text.substring(start, this.at));
				}
				if (!unescape(out)) {
					return null;
				}
				continue;
			}
			if (out != null) {
				out.append(c);
			}
			this.at++;
		}
		return null;
	}

	/** Appends the escape at {@code at} (ECHAR or UCHAR) and moves past it. */
	private boolean unescape(StringBuilder out) {
		if (this.at + 1 >= this.text.length()) {
			return false;
		}
		char e = this.text.charAt(this.at + 1);
		int digits = (e == 'u') ? 4 : (e == 'U') ? 8 : 0;
		if (digits > 0) {
			if (this.at + 2 + digits > this.text.length()) {
				return false;
			}
			String hex = this.text.substring(this.at + 2, this.at + 2 + digits);
			if (!HEX.matcher(hex).matches()) {
				return false;
			}
			int codePoint = Integer.parseInt(hex, 16);
			if (codePoint < 0x20 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
				return false;
			}
			out.appendCodePoint(codePoint);
			this.at += 2 + digits;
			return true;
		}
		String echar = "tbnrf\"'\\";
		int index = echar.indexOf(e);
		if (index < 0) {
			return false;
		}
		out.append("\t\b\n\r\f\"'\\".charAt(index));
		this.at += 2;
		return true;
	}

	/**
	 * A quoted string read.
	 *
	 * @param lexical the lexical form, escapes resolved
	 * @param end the index after the closing quote
	 */
	record Read(String lexical, int end) {
	}

}
