package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One bulk check: reads the body line by line into {@link Batch batches}, has worker
 * threads answer them (parse, decide, write the answer) while it reads on, and writes
 * their answers in the order of the lines, then a summary line. At most a few batches are
 * in flight, whatever the length of the body; before a read that would wait for the
 * client, every line read so far is answered and flushed.
 */
final class BulkCheck {

	private final NdjsonLines lines;

	private final OutputStream out;

	private final JsonOutput summary;

	private final CheckpointRules rules;

	private final Question question;

	private final ExecutorService workers;

	private final Shape shape;

	private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();

	private final ArrayDeque<Batch> free = new ArrayDeque<>();

	private final Counts counts = new Counts();

	private @Nullable Batch current;

	BulkCheck(InputStream in, long deadline, OutputStream out, CheckpointRules rules, Question question,
			ExecutorService workers, Shape shape) {
		this.lines = new NdjsonLines(in, question.maxLine(), this::answerAll, deadline);
		this.out = out;
		this.summary = new JsonOutput(out, 1024);
		this.rules = rules;
		this.question = question;
		this.workers = workers;
		this.shape = shape;
	}

	/**
	 * Answers every line, then writes the summary.
	 * @throws IOException if the answer cannot be written (the client went away)
	 */
	void run() throws IOException {
		Problem stop = null;
		String detail = null;
		try {
			while (true) {
				try {
					if (!this.lines.next()) {
						break;
					}
				}
				catch (NdjsonLines.TimeLimitReached ex) {
					stop = Problem.BULK_CHECK_TIME_LIMIT;
					detail = "Expected the body to end within the time limit; answered " + this.lines.number()
							+ " lines";
					break;
				}
				catch (IOException ex) {
					stop = Problem.BULK_CHECK_READ_FAILED;
					detail = "Expected the body to continue after line " + this.lines.number() + ": " + ex.getMessage();
					break;
				}
				Batch batch = batch();
				batch.add(this.lines);
				if (batch.isFull()) {
					submit();
				}
			}
			answerAll();
		}
		finally {
			this.inFlight.forEach((future) -> future.cancel(false));
		}
		new AnswerWriter(this.summary, this.rules.checkpoint()).summary(this.counts, this.rules.checkpoint(), stop,
				detail);
		this.summary.flush();
	}

	private Batch batch() {
		Batch batch = this.current;
		if (batch == null) {
			batch = this.free.poll();
			if (batch == null) {
				batch = new Batch(this.shape.lines(), this.shape.bytes(), this.rules, this.question);
			}
			this.current = batch;
		}
		return batch;
	}

	/**
	 * Hands the current batch to a worker; writes the oldest ones while too many are in
	 * flight.
	 */
	private void submit() throws IOException {
		Batch batch = this.current;
		if (batch == null || batch.isEmpty()) {
			return;
		}
		this.current = null;
		this.inFlight.add(this.workers.submit(batch::answer));
		while (this.inFlight.size() > this.shape.inFlight()) {
			writeOldest();
		}
	}

	/** Answers every line read so far, writes the answers and flushes them. */
	private void answerAll() throws IOException {
		submit();
		while (!this.inFlight.isEmpty()) {
			writeOldest();
		}
		this.out.flush();
	}

	private void writeOldest() throws IOException {
		Batch batch;
		try {
			batch = this.inFlight.remove().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for answers");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
		}
		batch.writeTo(this.out, this.counts);
		this.free.add(batch);
	}

	/**
	 * How the lines are batched.
	 *
	 * @param lines the most lines a batch holds
	 * @param bytes after how many bytes of lines a batch is full
	 * @param inFlight how many batches may wait for or be in a worker's hands
	 */
	record Shape(int lines, int bytes, int inFlight) {
	}

	/**
	 * What every item of a bulk check asks, apart from the identifier.
	 *
	 * @param purpose the intended use
	 * @param recipient the co-op asking, or {@code null}
	 * @param commercial whether the use is commercial, or {@code null}
	 * @param at the instant decided at: when the request started
	 * @param maxLine the longest line accepted, in bytes
	 */
	record Question(Purpose purpose, @Nullable String recipient, @Nullable Boolean commercial, Instant at,
			int maxLine) {

		Query query(String identifier) {
			return new Query(identifier, this.purpose, this.recipient, this.commercial, this.at);
		}

	}

}
