package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it: a line is a range of
 * {@link #buffer()} from {@link #start()} to {@link #end()}, without its {@code \n} or
 * {@code \r\n}. Lines longer than the buffer grow it, up to a limit.
 */
final class LineReader {

	private final InputStream in;

	private final int maxLine;

	private byte[] buffer = new byte[1 << 20];

	private int filled;

	private int position;

	private int start;

	private int end;

	private long bytes;

	private boolean eof;

	LineReader(InputStream in, int maxLine) {
		this.in = in;
		this.maxLine = maxLine;
	}

	/**
	 * Moves to the next line.
	 * @return {@code false} at the end of the input
	 * @throws LineTooLongException if a line exceeds the limit
	 */
	boolean next() throws IOException {
		while (true) {
			for (int i = this.position; i < this.filled; i++) {
				if (this.buffer[i] == '\n') {
					this.start = this.position;
					this.end = (i > this.start && this.buffer[i - 1] == '\r') ? i - 1 : i;
					this.position = i + 1;
					return true;
				}
			}
			if (this.eof) {
				if (this.position < this.filled) {
					this.start = this.position;
					this.end = this.filled;
					this.position = this.filled;
					return true;
				}
				return false;
			}
			fill();
		}
	}

	private void fill() throws IOException {
		int pending = this.filled - this.position;
		if (pending > this.maxLine) {
			throw new LineTooLongException(this.maxLine);
		}
		if (this.position > 0) {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, pending);
		}
		else if (pending == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		this.filled = pending;
		this.position = 0;
		int n = this.in.read(this.buffer, this.filled, this.buffer.length - this.filled);
		if (n < 0) {
			this.eof = true;
			return;
		}
		this.filled += n;
		this.bytes += n;
	}

	byte[] buffer() {
		return this.buffer;
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	/** The bytes read so far. */
	long bytes() {
		return this.bytes;
	}

	/** A line longer than the reader accepts. */
	static final class LineTooLongException extends IOException {

		private static final long serialVersionUID = 1L;

		LineTooLongException(int max) {
			super("expected lines of at most " + max + " bytes, got a longer one");
		}

	}

}
