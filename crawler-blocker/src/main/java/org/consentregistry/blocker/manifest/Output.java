package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

/**
 * The calling thread's part of a filter run: takes the batch results in input order,
 * hashes and writes the kept and dropped bytes, reports malformed lines and progress and
 * adds up the counts.
 */
final class Output {

	private final OutputStream kept;

	private final OutputStream dropped;

	private final ManifestFilter.Listener listener;

	private final MessageDigest keptDigest = ManifestFilter.sha256();

	private final MessageDigest droppedDigest = ManifestFilter.sha256();

	private InputBatches.@Nullable Pending pushedBack;

	private long lines;

	private long keptLines;

	private long refused;

	private long unknown;

	private long malformed;

	Output(OutputStream kept, OutputStream dropped, ManifestFilter.Listener listener) {
		this.kept = kept;
		this.dropped = dropped;
		this.listener = listener;
	}

	/** Copies the CSV header line to the kept output. */
	void header(byte[] header) throws IOException {
		write(this.kept, this.keptDigest, header, header.length);
		write(this.kept, this.keptDigest, new byte[] { '\n' }, 1);
	}

	/** Writes the results of every batch, in order, up to the end of the input. */
	void all(BlockingQueue<InputBatches.Pending> ordered) throws IOException {
		while (true) {
			InputBatches.Pending pending = next(ordered);
			BatchResult result = result(pending);
			if (result == null) {
				break;
			}
			write(this.kept, this.keptDigest, result.kept().array(), result.kept().size());
			write(this.dropped, this.droppedDigest, result.dropped().array(), result.dropped().size());
			for (BatchResult.Malformed line : result.malformed()) {
				this.listener.malformed(line.line(), line.reason());
			}
			long before = this.lines;
			this.lines += result.lines();
			this.keptLines += result.keptLines();
			this.refused += result.refused();
			this.unknown += result.unknown();
			this.malformed += result.malformed().size();
			if ((before >>> 16) != (this.lines >>> 16)) {
				this.listener.progress(this.lines, result.batch().endBytes());
			}
		}
	}

	FilterResult result(long bytes, String inputSha256) {
		this.listener.progress(this.lines, bytes);
		return new FilterResult(this.lines, bytes, this.keptLines, this.refused, this.unknown, this.malformed,
				inputSha256, ManifestFilter.hex(this.keptDigest), ManifestFilter.hex(this.droppedDigest));
	}

	private static void write(OutputStream out, MessageDigest digest, byte[] bytes, int length) throws IOException {
		digest.update(bytes, 0, length);
		out.write(bytes, 0, length);
	}

	/** The batch's result, or {@code null} at the end; rethrows a worker's failure. */
	private static @Nullable BatchResult result(InputBatches.Pending pending) throws IOException {
		try {
			return pending.result().join();
		}
		catch (CompletionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException("filtering failed: " + cause, cause);
		}
	}

	InputBatches.Pending next(BlockingQueue<InputBatches.Pending> queue) throws IOException {
		InputBatches.Pending pending = this.pushedBack;
		this.pushedBack = null;
		return (pending != null) ? pending : take(queue);
	}

	void pushBack(InputBatches.Pending pending) {
		this.pushedBack = pending;
	}

	InputBatches.Pending take(BlockingQueue<InputBatches.Pending> queue) throws IOException {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while filtering");
		}
	}

}
