package org.consentregistry.blocker.manifest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/** Decoding of JSON string contents and checks of JSON scalars, on UTF-8 bytes. */
final class JsonStrings {

	private JsonStrings() {
	}

	/**
	 * The contents of a JSON string between its quotes, or {@code null} if an escape or
	 * the UTF-8 is malformed.
	 */
	static @Nullable String decode(byte[] b, int from, int to) {
		String text;
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(b, from, to - from));
			text = chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		if (text.indexOf('\\') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (++i >= text.length()) {
				return null;
			}
			char e = text.charAt(i);
			switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					int value = hex4(text, i + 1);
					if (value < 0) {
						return null;
					}
					out.append((char) value);
					i += 4;
				}
				default -> {
					return null;
				}
			}
		}
		return out.toString();
	}

	private static int hex4(String text, int at) {
		if (at + 4 > text.length()) {
			return -1;
		}
		int value = 0;
		for (int i = at; i < at + 4; i++) {
			int digit = Character.digit(text.charAt(i), 16);
			if (digit < 0) {
				return -1;
			}
			value = (value << 4) | digit;
		}
		return value;
	}

	/**
	 * Whether the bytes are a JSON number, {@code true}, {@code false} or {@code null}.
	 */
	static boolean isScalar(byte[] b, int from, int to) {
		if (to <= from) {
			return false;
		}
		if (b[from] == 't' || b[from] == 'f' || b[from] == 'n') {
			String word = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
			return word.equals("true") || word.equals("false") || word.equals("null");
		}
		int i = (b[from] == '-') ? from + 1 : from;
		int digits = digits(b, i, to);
		if (digits == 0 || (digits > 1 && b[i] == '0')) {
			return false;
		}
		i += digits;
		if (i < to && b[i] == '.') {
			int fraction = digits(b, i + 1, to);
			if (fraction == 0) {
				return false;
			}
			i += 1 + fraction;
		}
		if (i < to && (b[i] == 'e' || b[i] == 'E')) {
			i++;
			i += (i < to && (b[i] == '+' || b[i] == '-')) ? 1 : 0;
			int exponent = digits(b, i, to);
			if (exponent == 0) {
				return false;
			}
			i += exponent;
		}
		return i == to;
	}

	private static int digits(byte[] b, int from, int to) {
		int i = from;
		while (i < to && b[i] >= '0' && b[i] <= '9') {
			i++;
		}
		return i - from;
	}

}
