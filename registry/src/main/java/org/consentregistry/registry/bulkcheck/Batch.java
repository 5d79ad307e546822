package org.consentregistry.registry.bulkcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A run of consecutive bulk-check lines, copied out of the request so that a worker
 * thread can answer them while the request reads on, and their answers, held until the
 * request writes them in order. Reused: filled by the request thread, answered by one
 * worker, written and reset by the request thread again (each hand-over through the
 * executor's future, which orders the memory effects).
 */
final class Batch {

	/** The lines' bytes, one after the other. */
	private byte[] text;

	private int length;

	/** Where each line starts in {@link #text}; -1 for a line too long to hold. */
	private final int[] starts;

	private final int[] ends;

	private int count;

	private long firstNumber;

	private final int maxText;

	private final ByteArrayOutputStream answers;

	private final JsonOutput output;

	private final Counts counts = new Counts();

	private final ItemAnswers items;

	/**
	 * @param maxLines the most lines a batch holds
	 * @param maxText after how many bytes of lines a batch is full
	 */
	Batch(int maxLines, int maxText, CheckpointRules rules, BulkCheck.Question question) {
		this.starts = new int[maxLines];
		this.ends = new int[maxLines];
		this.maxText = maxText;
		this.text = new byte[maxText + 256];
		this.answers = new ByteArrayOutputStream(maxLines * 256);
		this.output = new JsonOutput(this.answers, 16 * 1024);
		this.items = new ItemAnswers(new AnswerWriter(this.output, rules.checkpoint()), rules, question, this.counts);
	}

	/** Adds the current line of {@code lines}. */
	void add(NdjsonLines lines) {
		if (this.count == 0) {
			this.firstNumber = lines.number();
		}
		if (lines.tooLong()) {
			this.starts[this.count] = -1;
			this.ends[this.count++] = -1;
			return;
		}
		int size = lines.end() - lines.start();
		if (this.length + size > this.text.length) {
			this.text = Arrays.copyOf(this.text, Math.max(this.text.length * 2, this.length + size));
		}
		System.arraycopy(lines.buffer(), lines.start(), this.text, this.length, size);
		this.starts[this.count] = this.length;
		this.length += size;
		this.ends[this.count++] = this.length;
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	boolean isFull() {
		return this.count == this.starts.length || this.length >= this.maxText;
	}

	/** Answers every line into this batch's buffer (on a worker thread). */
	Batch answer() throws IOException {
		for (int i = 0; i < this.count; i++) {
			this.items.answer(this.text, Math.max(this.starts[i], 0), Math.max(this.ends[i], 0), this.starts[i] < 0,
					this.firstNumber + i);
		}
		this.output.flush();
		return this;
	}

	/**
	 * Writes the answers to {@code out}, adds the counts to {@code total} and empties the
	 * batch.
	 */
	void writeTo(OutputStream out, Counts total) throws IOException {
		this.answers.writeTo(out);
		total.add(this.counts);
		this.answers.reset();
		this.counts.clear();
		this.count = 0;
		this.length = 0;
	}

}
