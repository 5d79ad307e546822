package org.consentregistry.blocker.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small strict JSON reader (RFC 8259) for the fixed shapes this library reads (log
 * receipts, snapshot manifests, key files): objects become maps, arrays lists, integers
 * {@link Long}s (or {@link BigInteger}s beyond 64 bits); fractions and exponents are
 * refused. Also writes JSON strings.
 */
public final class Json {

	private static final int MAX_DEPTH = 16;

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	/** Parses one JSON value followed only by whitespace. */
	public static @Nullable Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value(0);
		json.skipSpace();
		if (json.at != text.length()) {
			throw json.error("end of input");
		}
		return value;
	}

	/** Appends {@code value} as a JSON string. */
	public static StringBuilder quote(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"');
	}

	private @Nullable Object value(int depth) {
		if (depth > MAX_DEPTH) {
			throw error("at most " + MAX_DEPTH + " levels of nesting");
		}
		skipSpace();
		char c = peek();
		return switch (c) {
			case '{' -> object(depth);
			case '[' -> array(depth);
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, @Nullable Object> object(int depth) {
		Map<String, @Nullable Object> object = new LinkedHashMap<>();
		this.at++;
		skipSpace();
		if (peek() == '}') {
			this.at++;
			return object;
		}
		do {
			skipSpace();
			if (peek() != '"') {
				throw error("a member name");
			}
			String name = string();
			skipSpace();
			expect(':');
			if (object.containsKey(name)) {
				throw error("no duplicate member '" + name + "'");
			}
			object.put(name, value(depth + 1));
			skipSpace();
		}
		while (next(',', '}'));
		return object;
	}

	private List<@Nullable Object> array(int depth) {
		List<@Nullable Object> array = new ArrayList<>();
		this.at++;
		skipSpace();
		if (peek() == ']') {
			this.at++;
			return array;
		}
		do {
			array.add(value(depth + 1));
			skipSpace();
		}
		while (next(',', ']'));
		return array;
	}

	private String string() {
		StringBuilder out = new StringBuilder();
		this.at++;
		while (true) {
			char c = peek();
			this.at++;
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("no control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = peek();
			this.at++;
			switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> out.append(unicodeEscape());
				default -> throw error("a valid escape");
			}
		}
	}

	private char unicodeEscape() {
		if (this.at + 4 > this.text.length()) {
			throw error("four hex digits");
		}
		try {
			char c = (char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16);
			this.at += 4;
			return c;
		}
		catch (NumberFormatException ex) {
			throw error("four hex digits");
		}
	}

	private Number number() {
		int start = this.at;
		if (this.at < this.text.length() && this.text.charAt(this.at) == '-') {
			this.at++;
		}
		while (this.at < this.text.length() && Character.isDigit(this.text.charAt(this.at))
				&& this.text.charAt(this.at) <= '9') {
			this.at++;
		}
		String digits = this.text.substring(start, this.at);
		if (!digits.matches("-?(0|[1-9][0-9]{0,39})")) {
			throw error("an integer of at most 40 digits");
		}
		BigInteger number = new BigInteger(digits);
		return (number.bitLength() < 64) ? (Number) number.longValueExact() : number;
	}

	private @Nullable Object literal(String word, @Nullable Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error("'" + word + "'");
		}
		this.at += word.length();
		return value;
	}

	private boolean next(char more, char end) {
		char c = peek();
		this.at++;
		if (c == more) {
			return true;
		}
		if (c == end) {
			return false;
		}
		throw error("'" + more + "' or '" + end + "'");
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("'" + c + "'");
		}
		this.at++;
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw error("more input");
		}
		return this.text.charAt(this.at);
	}

	private void skipSpace() {
		while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("expected " + expected + " at offset " + this.at + " of the JSON text");
	}

}
