package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 JSON text written through one reused buffer to a stream: raw bytes, escaped
 * strings and numbers, with no allocation per value.
 */
final class JsonOutput {

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final OutputStream out;

	private final byte[] buffer;

	private int size;

	JsonOutput(OutputStream out, int capacity) {
		this.out = out;
		this.buffer = new byte[capacity];
	}

	/** Writes bytes as they are. */
	JsonOutput raw(byte[] bytes) throws IOException {
		return raw(bytes, 0, bytes.length);
	}

	/** Writes {@code bytes[from..to)} as they are. */
	JsonOutput raw(byte[] bytes, int from, int to) throws IOException {
		int length = to - from;
		if (length > this.buffer.length - this.size) {
			drain();
			if (length > this.buffer.length) {
				this.out.write(bytes, from, length);
				return this;
			}
		}
		System.arraycopy(bytes, from, this.buffer, this.size, length);
		this.size += length;
		return this;
	}

	/** Writes {@code value} as a JSON string, quotes included. */
	JsonOutput string(String value) throws IOException {
		int room = value.length() * 6 + 2;
		if (room > this.buffer.length) {
			byte[] encoded = new byte[room];
			return raw(encoded, 0, encode(encoded, 0, value));
		}
		ensure(room);
		this.size = encode(this.buffer, this.size, value);
		return this;
	}

	private static int encode(byte[] bytes, int start, String value) {
		int length = value.length();
		int at = start;
		bytes[at++] = '"';
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
				bytes[at++] = (byte) c;
			}
			else if (c < 0x80 || (Character.isSurrogate(c) && !pair(value, i))) {
				at = escape(bytes, at, c);
			}
			else if (c < 0x800) {
				bytes[at++] = (byte) (0xc0 | (c >> 6));
				bytes[at++] = (byte) (0x80 | (c & 0x3f));
			}
			else if (Character.isHighSurrogate(c)) {
				int code = Character.toCodePoint(c, value.charAt(++i));
				bytes[at++] = (byte) (0xf0 | (code >> 18));
				bytes[at++] = (byte) (0x80 | ((code >> 12) & 0x3f));
				bytes[at++] = (byte) (0x80 | ((code >> 6) & 0x3f));
				bytes[at++] = (byte) (0x80 | (code & 0x3f));
			}
			else {
				bytes[at++] = (byte) (0xe0 | (c >> 12));
				bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
				bytes[at++] = (byte) (0x80 | (c & 0x3f));
			}
		}
		bytes[at++] = '"';
		return at;
	}

	private static boolean pair(String value, int i) {
		return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
				&& Character.isLowSurrogate(value.charAt(i + 1));
	}

	/** Writes a whole number. */
	JsonOutput number(long value) throws IOException {
		ensure(20);
		if (value == 0) {
			this.buffer[this.size++] = '0';
			return this;
		}
		long rest = value;
		if (rest < 0) {
			this.buffer[this.size++] = '-';
		}
		int start = this.size;
		while (rest != 0) {
			this.buffer[this.size++] = (byte) ('0' + Math.abs(rest % 10));
			rest /= 10;
		}
		for (int i = start, j = this.size - 1; i < j; i++, j--) {
			byte b = this.buffer[i];
			this.buffer[i] = this.buffer[j];
			this.buffer[j] = b;
		}
		return this;
	}

	/** Writes what is buffered to the stream and flushes it. */
	void flush() throws IOException {
		if (this.size > 0) {
			this.out.write(this.buffer, 0, this.size);
			this.size = 0;
		}
		this.out.flush();
	}

	private static int escape(byte[] bytes, int at, char c) {
		int i = at;
		bytes[i++] = '\\';
		switch (c) {
			case '"' -> bytes[i++] = '"';
			case '\\' -> bytes[i++] = '\\';
			case '\n' -> bytes[i++] = 'n';
			case '\r' -> bytes[i++] = 'r';
			case '\t' -> bytes[i++] = 't';
			default -> {
				bytes[i++] = 'u';
				bytes[i++] = HEX[(c >> 12) & 0xf];
				bytes[i++] = HEX[(c >> 8) & 0xf];
				bytes[i++] = HEX[(c >> 4) & 0xf];
				bytes[i++] = HEX[c & 0xf];
			}
		}
		return i;
	}

	private void ensure(int room) throws IOException {
		if (room > this.buffer.length - this.size) {
			drain();
		}
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.size);
		this.size = 0;
	}

}
