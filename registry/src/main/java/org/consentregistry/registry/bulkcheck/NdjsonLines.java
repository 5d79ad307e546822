package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line into one reused buffer, never holding more than about one
 * buffer of it: a line ends at {@code \n} (a {@code \r} before it is dropped), the last
 * one may lack it. A line longer than the limit is skipped to its end and reported as
 * {@link #tooLong() too long} instead of being held. Before a read that may block, it
 * runs a hook (the caller flushes its answers there, so a client sending slowly sees
 * answers to what it has sent).
 */
final class NdjsonLines {

	private final InputStream in;

	private final int maxLine;

	private final IoAction beforeWait;

	private final long deadline;

	private final byte[] buffer;

	private int position;

	private int limit;

	private int scanned;

	private boolean end;

	private int lineStart;

	private int lineEnd;

	private boolean tooLong;

	private long number;

	/**
	 * @param in the stream
	 * @param maxLine the longest line accepted, in bytes, without its line end
	 * @param beforeWait run before a read when no bytes are available without blocking
	 * @param deadline the {@link System#nanoTime()} after which no more is read
	 */
	NdjsonLines(InputStream in, int maxLine, IoAction beforeWait, long deadline) {
		this.in = in;
		this.maxLine = maxLine;
		this.beforeWait = beforeWait;
		this.deadline = deadline;
		this.buffer = new byte[Math.max(64 * 1024, maxLine + 2)];
	}

	/**
	 * Moves to the next line; {@code false} at the end of the stream.
	 * @throws TimeLimitReached if more had to be read after the deadline
	 */
	boolean next() throws IOException {
		while (true) {
			int newline = find(this.scanned, this.limit);
			if (newline >= 0) {
				return line(newline, newline + 1);
			}
			this.scanned = this.limit;
			if (this.limit - this.position > this.maxLine + 1) {
				skipRest();
				return true;
			}
			if (this.end) {
				return (this.position < this.limit) && line(this.limit, this.limit);
			}
			fill();
		}
	}

	/** The buffer holding the current line. */
	byte[] buffer() {
		return this.buffer;
	}

	/** Where the current line starts in {@link #buffer()}. */
	int start() {
		return this.lineStart;
	}

	/** Where the current line ends (exclusive) in {@link #buffer()}. */
	int end() {
		return this.lineEnd;
	}

	/** Whether the current line was longer than the limit (its bytes are not held). */
	boolean tooLong() {
		return this.tooLong;
	}

	/** The number of the current line, from 1. */
	long number() {
		return this.number;
	}

	private boolean line(int lineEnd, int next) {
		this.lineStart = this.position;
		this.lineEnd = (lineEnd > this.position && this.buffer[lineEnd - 1] == '\r') ? lineEnd - 1 : lineEnd;
		this.position = next;
		this.scanned = next;
		this.tooLong = this.lineEnd - this.lineStart > this.maxLine;
		this.number++;
		return true;
	}

	private void skipRest() throws IOException {
		this.tooLong = true;
		this.number++;
		this.lineStart = 0;
		this.lineEnd = 0;
		while (true) {
			this.position = this.limit;
			this.scanned = this.limit;
			if (this.end) {
				return;
			}
			fill();
			int newline = find(this.position, this.limit);
			if (newline >= 0) {
				this.position = newline + 1;
				this.scanned = this.position;
				return;
			}
		}
	}

	private int find(int from, int to) {
		byte[] bytes = this.buffer;
		for (int i = from; i < to; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private void fill() throws IOException {
		if (System.nanoTime() - this.deadline > 0) {
			throw new TimeLimitReached();
		}
		if (this.position > 0) {
			int remaining = this.limit - this.position;
			System.arraycopy(this.buffer, this.position, this.buffer, 0, remaining);
			this.scanned -= this.position;
			this.limit = remaining;
			this.position = 0;
		}
		if (this.in.available() <= 0) {
			this.beforeWait.run();
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			this.end = true;
		}
		else {
			this.limit += read;
		}
	}

	/** The deadline passed before the stream ended. */
	static final class TimeLimitReached extends IOException {

		private static final long serialVersionUID = 1L;

		TimeLimitReached() {
			super("the time limit was reached before the body ended");
		}

	}

	/** An action that may fail with an {@link IOException}. */
	@FunctionalInterface
	interface IoAction {

		void run() throws IOException;

	}

}
