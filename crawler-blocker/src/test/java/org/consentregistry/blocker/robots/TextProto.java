package org.consentregistry.blocker.robots;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for the protobuf text format as the robotstxt-spec-test files use it: messages
 * in braces, repeated fields in brackets, strings (adjacent ones concatenated, C escapes
 * including {@code \xHH} and octal), enum names. A message becomes a map from field name
 * to the list of its values; a string value is its bytes, one char a byte.
 */
final class TextProto {

	private final String text;

	private int at;

	private TextProto(String text) {
		this.text = text;
	}

	static Map<String, List<Object>> parse(String text) {
		TextProto reader = new TextProto(text);
		Map<String, List<Object>> message = reader.fields('\0');
		return message;
	}

	private Map<String, List<Object>> fields(char end) {
		Map<String, List<Object>> fields = new LinkedHashMap<>();
		while (true) {
			skip();
			if (this.at >= this.text.length() || this.text.charAt(this.at) == end) {
				this.at++;
				return fields;
			}
			String name = identifier();
			skip();
			if (this.text.charAt(this.at) == ':') {
				this.at++;
				skip();
			}
			List<Object> values = fields.computeIfAbsent(name, (key) -> new ArrayList<>());
			if (this.text.charAt(this.at) == '[') {
				this.at++;
				list(values);
			}
			else {
				values.add(value());
			}
			skip();
			if (this.at < this.text.length()
					&& (this.text.charAt(this.at) == ',' || this.text.charAt(this.at) == ';')) {
				this.at++;
			}
		}
	}

	private void list(List<Object> values) {
		while (true) {
			skip();
			char c = this.text.charAt(this.at);
			if (c == ']') {
				this.at++;
				return;
			}
			if (c == ',') {
				this.at++;
				continue;
			}
			values.add(value());
		}
	}

	private Object value() {
		char c = this.text.charAt(this.at);
		if (c == '{') {
			this.at++;
			return fields('}');
		}
		if (c == '"' || c == '\'') {
			StringBuilder value = new StringBuilder();
			while (this.at < this.text.length()
					&& (this.text.charAt(this.at) == '"' || this.text.charAt(this.at) == '\'')) {
				value.append(string());
				skip();
			}
			return value.toString();
		}
		return identifier();
	}

	private String string() {
		char quote = this.text.charAt(this.at++);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		while (true) {
			char c = this.text.charAt(this.at++);
			if (c == quote) {
				return new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
			}
			if (c != '\\') {
				byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
				bytes.write(utf8, 0, utf8.length);
				continue;
			}
			bytes.write(escape());
		}
	}

	private int escape() {
		char c = this.text.charAt(this.at++);
		switch (c) {
			case 'n':
				return '\n';
			case 'r':
				return '\r';
			case 't':
				return '\t';
			case 'a':
				return 7;
			case 'b':
				return '\b';
			case 'f':
				return '\f';
			case 'v':
				return 0x0B;
			case 'x':
				return digits(16, 2);
			default:
				if (c >= '0' && c <= '7') {
					this.at--;
					return digits(8, 3);
				}
				return c;
		}
	}

	private int digits(int radix, int max) {
		int value = 0;
		int count = 0;
		while (count < max && this.at < this.text.length() && Character.digit(this.text.charAt(this.at), radix) >= 0) {
			value = value * radix + Character.digit(this.text.charAt(this.at++), radix);
			count++;
		}
		return value & 0xFF;
	}

	private String identifier() {
		int start = this.at;
		while (this.at < this.text.length()
				&& (Character.isLetterOrDigit(this.text.charAt(this.at)) || this.text.charAt(this.at) == '_')) {
			this.at++;
		}
		if (start == this.at) {
			throw new IllegalStateException("expected a name at offset " + start + ", got '"
					+ this.text.substring(start, Math.min(this.text.length(), start + 20)) + "'");
		}
		return this.text.substring(start, this.at);
	}

	private void skip() {
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (c == '#') {
				while (this.at < this.text.length() && this.text.charAt(this.at) != '\n') {
					this.at++;
				}
			}
			else if (Character.isWhitespace(c)) {
				this.at++;
			}
			else {
				return;
			}
		}
	}

}
