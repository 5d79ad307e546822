package org.consentregistry.blocker.manifest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads two top-level string members (the URL and the hash) from a JSON Lines line
 * without building the object: the line must be one JSON object (RFC 8259) and nothing
 * else; other members are skipped whatever their value; the named members, if present,
 * must be strings or null and appear once.
 */
final class JsonlFields {

	private static final int MAX_DEPTH = 64;

	private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGHS = 0x8080808080808080L;

	/** The bytes that end a number or literal: {@code ,}]} and white space. */
	private static final boolean[] ENDS_SCALAR = endsScalar();

	private final byte[] urlKey;

	private final byte[] hashKey;

	private byte[] b = new byte[0];

	private int at;

	private int end;

	JsonlFields(String urlField, String hashField) {
		this.urlKey = urlField.getBytes(StandardCharsets.UTF_8);
		this.hashKey = hashField.getBytes(StandardCharsets.UTF_8);
	}

	void read(byte[] bytes, int start, int end, ItemFields out) {
		this.b = bytes;
		this.at = start;
		this.end = end;
		if (!object(out)) {
			return;
		}
		space();
		if (this.at != this.end) {
			out.malformed("expected one JSON object on the line, got more after column " + (this.at - start + 1));
		}
	}

	private boolean object(ItemFields out) {
		space();
		if (this.at >= this.end || this.b[this.at] != '{') {
			return out.malformed("expected a JSON object, got " + describe());
		}
		this.at++;
		space();
		if (peek() == '}') {
			this.at++;
			return true;
		}
		while (true) {
			space();
			if (peek() != '"') {
				return out.malformed("expected a member name, got " + describe());
			}
			int nameStart = this.at + 1;
			if (!skipString()) {
				return out.malformed("expected a closed string, got an unterminated one");
			}
			int nameEnd = this.at - 1;
			space();
			if (peek() != ':') {
				return out.malformed("expected ':' after a member name, got " + describe());
			}
			this.at++;
			space();
			if (!member(nameStart, nameEnd, out)) {
				return false;
			}
			space();
			int c = peek();
			this.at++;
			if (c == '}') {
				return true;
			}
			if (c != ',') {
				this.at--;
				return out.malformed("expected ',' or '}' in an object, got " + describe());
			}
		}
	}

	private boolean member(int nameStart, int nameEnd, ItemFields out) {
		boolean isUrl = equals(nameStart, nameEnd, this.urlKey);
		boolean isHash = !isUrl && equals(nameStart, nameEnd, this.hashKey);
		if (!isUrl && !isHash) {
			return skipValue(0) || out.malformed("expected a JSON value, got " + describe());
		}
		if ((isUrl ? out.url : out.sha256) != null) {
			return out.malformed("expected member \"" + name(isUrl) + "\" once, got it twice");
		}
		String value;
		if (peek() == 'n') {
			return skipValue(0) || out.malformed("expected a JSON value, got " + describe());
		}
		if (peek() != '"' || (value = string()) == null) {
			return out.malformed("expected member \"" + name(isUrl) + "\" to be a string, got " + describe());
		}
		if (isUrl) {
			out.url = value;
		}
		else {
			out.sha256 = value;
		}
		return true;
	}

	/**
	 * Non-zero if one of the eight bytes of {@code w} is a quote, a backslash or a
	 * control character (below 0x20): the bytes a string scan must look at one by one.
	 */
	private static long special(long w) {
		long quote = w ^ 0x2222222222222222L;
		long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
		return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (w - 0x2020202020202020L) & ~w) & HIGHS;
	}

	/** Whether the eight bytes of {@code w} are ASCII and none is {@link #special}. */
	private static boolean plainWord(long w) {
		return (special(w) | (w & HIGHS)) == 0;
	}

	private String name(boolean url) {
		return new String(url ? this.urlKey : this.hashKey, StandardCharsets.UTF_8);
	}

	/** Whether the raw member name equals {@code key} (names with escapes never do). */
	private boolean equals(int start, int end, byte[] key) {
		if (end - start != key.length) {
			return false;
		}
		for (int i = 0; i < key.length; i++) {
			if (this.b[start + i] != key[i]) {
				return false;
			}
		}
		return true;
	}

	/** Reads a string value at {@code at}; {@code null} if malformed. */
	private @Nullable String string() {
		int start = this.at + 1;
		boolean plain = true;
		int i = start;
		while (i + 8 <= this.end && plainWord((long) WORDS.get(this.b, i))) {
			i += 8;
		}
		for (; i < this.end && this.b[i] != '"'; i++) {
			byte c = this.b[i];
			if (c == '\\' || c < 0x20) {
				plain = false;
				break;
			}
		}
		if (plain && i < this.end) {
			this.at = i + 1;
			return new String(this.b, start, i - start, StandardCharsets.ISO_8859_1);
		}
		int from = this.at;
		if (!skipString()) {
			return null;
		}
		return JsonStrings.decode(this.b, from + 1, this.at - 1);
	}

	/** Skips a string at {@code at}; {@code false} if unterminated or with a control. */
	private boolean skipString() {
		int i = this.at + 1;
		while (i + 8 <= this.end && special((long) WORDS.get(this.b, i)) == 0) {
			i += 8;
		}
		for (; i < this.end; i++) {
			byte c = this.b[i];
			if (c == '"') {
				this.at = i + 1;
				return true;
			}
			if (c == '\\') {
				i++;
			}
			else if (c >= 0 && c < 0x20) {
				return false;
			}
		}
		return false;
	}

	private boolean skipValue(int depth) {
		if (depth > MAX_DEPTH || this.at >= this.end) {
			return false;
		}
		byte c = this.b[this.at];
		if (c == '"') {
			return skipString();
		}
		if (c == '{' || c == '[') {
			return skipContainer(depth, c == '{');
		}
		int start = this.at;
		while (this.at < this.end && !ENDS_SCALAR[this.b[this.at] & 0xFF]) {
			this.at++;
		}
		return JsonStrings.isScalar(this.b, start, this.at);
	}

	private boolean skipContainer(int depth, boolean object) {
		this.at++;
		space();
		if (peek() == (object ? '}' : ']')) {
			this.at++;
			return true;
		}
		while (true) {
			space();
			if (object) {
				if (peek() != '"' || !skipString()) {
					return false;
				}
				space();
				if (peek() != ':') {
					return false;
				}
				this.at++;
				space();
			}
			if (!skipValue(depth + 1)) {
				return false;
			}
			space();
			int c = peek();
			this.at++;
			if (c == (object ? '}' : ']')) {
				return true;
			}
			if (c != ',') {
				return false;
			}
		}
	}

	private static boolean[] endsScalar() {
		boolean[] table = new boolean[256];
		for (char c : ",}] \t\r\n".toCharArray()) {
			table[c] = true;
		}
		return table;
	}

	private int peek() {
		return (this.at < this.end) ? this.b[this.at] : -1;
	}

	private void space() {
		while (this.at < this.end && (this.b[this.at] == ' ' || this.b[this.at] == '\t' || this.b[this.at] == '\r'
				|| this.b[this.at] == '\n')) {
			this.at++;
		}
	}

	private String describe() {
		if (this.at >= this.end) {
			return "the end of the line";
		}
		int to = Math.min(this.end, this.at + 20);
		return "'" + new String(this.b, this.at, to - this.at, StandardCharsets.UTF_8)
				+ ((to < this.end) ? "...'" : "'");
	}

}
