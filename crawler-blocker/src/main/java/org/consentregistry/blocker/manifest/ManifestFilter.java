package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * Streams a dataset manifest through compiled rules: kept lines are copied byte for byte
 * to the kept output (for CSV after the header), dropped and malformed lines go to the
 * dropped output with the reason and evidence, and every malformed line is also reported
 * to the {@link Listener}. One thread reads and hashes the input and cuts it into batches
 * of lines, workers filter the batches, and the calling thread hashes and writes their
 * outputs in input order, so the outputs are the same whatever the number of workers; a
 * few batches are held at a time.
 */
public final class ManifestFilter {

	/** The longest line read; a longer one ends the run with an error. */
	public static final int MAX_LINE = 16 << 20;

	private static final int BATCH = 1 << 20;

	private final CompiledRules rules;

	private final Purpose purpose;

	private final FilterSettings settings;

	private final int batchSize;

	private final int workers;

	/** A filter over rules compiled for {@code purpose}, a worker a processor. */
	public ManifestFilter(CompiledRules rules, Purpose purpose, FilterSettings settings) {
		this(rules, purpose, settings, BATCH, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
	}

	ManifestFilter(CompiledRules rules, Purpose purpose, FilterSettings settings, int batchSize, int workers) {
		this.rules = rules;
		this.purpose = purpose;
		this.settings = settings;
		this.batchSize = batchSize;
		this.workers = workers;
	}

	/**
	 * Filters {@code in}; the streams are not closed.
	 * @throws IOException if reading or writing fails, a line exceeds {@link #MAX_LINE}
	 * or a CSV header names neither field
	 */
	public FilterResult run(InputStream in, OutputStream kept, OutputStream dropped, Listener listener)
			throws IOException {
		MessageDigest inputDigest = sha256();
		boolean csv = this.settings.format().equals("csv");
		InputBatches input = new InputBatches(in, inputDigest, this.batchSize, MAX_LINE, csv);
		List<Thread> threads = new ArrayList<>();
		threads.add(start(input, "filter-input-reader"));
		try {
			Output output = new Output(kept, dropped, listener);
			byte[] header = csv ? header(input, output) : null;
			for (int w = 0; w < this.workers; w++) {
				BatchFilter filter = new BatchFilter(this.rules, this.purpose, this.settings, header);
				threads.add(start(() -> work(input.work(), filter), "filter-worker-" + w));
			}
			output.all(input.ordered());
			return output.result(input.bytes(), hex(inputDigest));
		}
		finally {
			threads.forEach(Thread::interrupt);
		}
	}

	/**
	 * Takes the header batch (before any worker runs), checks it and copies it to the
	 * kept output; {@code null} for an empty input.
	 */
	private byte @Nullable [] header(InputBatches input, Output output) throws IOException {
		InputBatches.Pending first = output.next(input.ordered());
		Batch batch = first.batch();
		if (batch == null) {
			output.pushBack(first);
			return null;
		}
		output.take(input.work());
		int end = batch.end();
		end = (end > batch.start() && batch.bytes()[end - 1] == '\n') ? end - 1 : end;
		end = (end > batch.start() && batch.bytes()[end - 1] == '\r') ? end - 1 : end;
		byte[] header = Arrays.copyOfRange(batch.bytes(), batch.start(), end);
		String problem = new CsvFields(this.settings.urlField(), this.settings.hashField()).header(header, 0,
				header.length);
		if (problem != null) {
			throw new IOException(problem);
		}
		output.header(header);
		return header;
	}

	private static void work(BlockingQueue<InputBatches.Pending> queue, BatchFilter filter) {
		try {
			while (true) {
				InputBatches.Pending pending = queue.take();
				try {
					pending.result().complete(filter.filter(Objects.requireNonNull(pending.batch())));
				}
				catch (Throwable ex) {
					pending.result().completeExceptionally(ex);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread start(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Hears about malformed lines and progress. */
	public interface Listener {

		/** A line that could not be checked; it goes to the dropped output too. */
		void malformed(long line, String reason);

		/** Called every 65,536 lines or so. */
		void progress(long lines, long bytes);

	}

}
