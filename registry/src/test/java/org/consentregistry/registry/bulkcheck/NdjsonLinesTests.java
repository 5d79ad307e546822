package org.consentregistry.registry.bulkcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading NDJSON lines with a length limit through one buffer. */
class NdjsonLinesTests {

	@Test
	void splitsLinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
		assertThat(lines("a\r\n\nbb\nccc", 10, 1)).containsExactly("a", "", "bb", "ccc");
		assertThat(lines("a\n", 10, 3)).containsExactly("a");
		assertThat(lines("", 10, 3)).isEmpty();
	}

	@Test
	void reportsALineLongerThanTheLimitWithoutHoldingItAndGoesOn() throws IOException {
		String longLine = "x".repeat(200_000);
		assertThat(lines("a\n" + longLine + "\nb\n" + "y".repeat(11) + "\n" + "z".repeat(10), 10, 7))
			.containsExactly("a", "<too long>", "b", "<too long>", "z".repeat(10));
		assertThat(lines(longLine, 10, 4096)).containsExactly("<too long>");
	}

	@Test
	void readsLinesCutAtEveryPossibleReadBoundary() throws IOException {
		String body = "{\"url\":\"https://art.example/1\"}\n{\"id\":2}\r\n\n{\"x\":3}";
		for (int chunk = 1; chunk < body.length(); chunk++) {
			assertThat(lines(body, 64, chunk)).containsExactly("{\"url\":\"https://art.example/1\"}", "{\"id\":2}", "",
					"{\"x\":3}");
		}
	}

	@Test
	void runsTheHookBeforeWaitingForMoreInput() throws IOException {
		List<String> events = new ArrayList<>();
		InputStream in = new TrickleStream("a\nb\n".getBytes(StandardCharsets.UTF_8), 2);
		NdjsonLines lines = new NdjsonLines(in, 10, () -> events.add("flush"), Long.MAX_VALUE);
		while (lines.next()) {
			events.add(new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8));
		}
		assertThat(events).containsExactly("flush", "a", "flush", "b", "flush");
	}

	@Test
	void stopsReadingOnceTheDeadlinePassed() {
		NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(new byte[] { 'a' }), 10, () -> {
		}, System.nanoTime() - 1);
		assertThatExceptionOfType(NdjsonLines.TimeLimitReached.class).isThrownBy(lines::next);
	}

	private static List<String> lines(String body, int maxLine, int chunk) throws IOException {
		NdjsonLines lines = new NdjsonLines(new TrickleStream(body.getBytes(StandardCharsets.UTF_8), chunk), maxLine,
				() -> {
				}, Long.MAX_VALUE);
		List<String> out = new ArrayList<>();
		long expected = 1;
		while (lines.next()) {
			assertThat(lines.number()).isEqualTo(expected++);
			out.add(lines.tooLong() ? "<too long>"
					: new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8));
		}
		return out;
	}

	/**
	 * A stream that hands out at most {@code chunk} bytes a read and has none buffered.
	 */
	static final class TrickleStream extends InputStream {

		private final byte[] bytes;

		private final int chunk;

		private int position;

		TrickleStream(byte[] bytes, int chunk) {
			this.bytes = bytes;
			this.chunk = chunk;
		}

		@Override
		public int read() {
			return (this.position < this.bytes.length) ? this.bytes[this.position++] & 0xff : -1;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (this.position >= this.bytes.length) {
				return -1;
			}
			int count = Math.min(Math.min(length, this.chunk), this.bytes.length - this.position);
			System.arraycopy(this.bytes, this.position, target, offset, count);
			this.position += count;
			return count;
		}

		@Override
		public int available() {
			return 0;
		}

	}

}
