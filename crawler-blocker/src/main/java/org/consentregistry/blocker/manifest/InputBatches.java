package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * Reads the input on its own thread, hashes it (SHA-256) and cuts it into batches of
 * whole lines of about {@code size} bytes, numbering their lines. Each batch goes to the
 * workers' queue and, with the future of its result, to the queue kept in input order;
 * the end of the input, or a failure to read it, comes last in the ordered queue as an
 * entry without a batch. A CSV header comes alone in the first batch.
 */
final class InputBatches implements Runnable {

	private static final int QUEUED = 16;

	private final BlockingQueue<Pending> work = new ArrayBlockingQueue<>(QUEUED);

	private final BlockingQueue<Pending> ordered = new ArrayBlockingQueue<>(QUEUED);

	private final InputStream in;

	private final MessageDigest digest;

	private final int size;

	private final int maxLine;

	private boolean header;

	private long bytes;

	private long nextLine = 1;

	InputBatches(InputStream in, MessageDigest digest, int size, int maxLine, boolean header) {
		this.in = in;
		this.digest = digest;
		this.size = size;
		this.maxLine = maxLine;
		this.header = header;
	}

	BlockingQueue<Pending> work() {
		return this.work;
	}

	BlockingQueue<Pending> ordered() {
		return this.ordered;
	}

	/** The bytes read; all of them once the end came out of the ordered queue. */
	long bytes() {
		return this.bytes;
	}

	@Override
	public void run() {
		try {
			CompletableFuture<BatchResult> end = new CompletableFuture<>();
			try {
				cut();
				end.complete(null);
			}
			catch (IOException | RuntimeException ex) {
				end.completeExceptionally(ex);
			}
			this.ordered.put(new Pending(null, end));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void cut() throws IOException, InterruptedException {
		byte[] carry = new byte[0];
		int carryStart = 0;
		int carryEnd = 0;
		while (true) {
			int pending = carryEnd - carryStart;
			byte[] buffer = new byte[pending + this.size];
			System.arraycopy(carry, carryStart, buffer, 0, pending);
			int n = this.in.readNBytes(buffer, pending, this.size);
			this.digest.update(buffer, pending, n);
			this.bytes += n;
			int filled = pending + n;
			if (n < this.size) {
				last(buffer, filled);
				return;
			}
			int cut = this.header ? Newlines.indexOf(buffer, 0, filled) : Newlines.lastIndexOf(buffer, 0, filled);
			if (cut < 0 && filled > this.maxLine) {
				throw new IOException("expected lines of at most " + this.maxLine + " bytes, got a longer one");
			}
			int end = (cut < 0) ? 0 : cut + 1;
			if (end > 0) {
				emit(buffer, 0, end, this.bytes - (filled - end));
			}
			carry = buffer;
			carryStart = end;
			carryEnd = filled;
		}
	}

	/** The end of the input: the header if still due, then the lines left. */
	private void last(byte[] buffer, int filled) throws InterruptedException {
		int start = 0;
		if (this.header && filled > 0) {
			int newline = Newlines.indexOf(buffer, 0, filled);
			start = (newline < 0) ? filled : newline + 1;
			emit(buffer, 0, start, this.bytes - (filled - start));
		}
		if (start < filled) {
			emit(buffer, start, filled, this.bytes);
		}
	}

	private void emit(byte[] buffer, int start, int end, long endBytes) throws InterruptedException {
		Batch batch = new Batch(buffer, start, end, this.nextLine, endBytes, this.header);
		if (!this.header) {
			this.nextLine += Newlines.count(buffer, start, end) + ((buffer[end - 1] != '\n') ? 1 : 0);
		}
		this.header = false;
		Pending pending = new Pending(batch, new CompletableFuture<>());
		this.ordered.put(pending);
		this.work.put(pending);
	}

	/**
	 * A batch and the future of its result; without a batch, the end of the input.
	 *
	 * @param batch the lines, or {@code null} at the end
	 * @param result completed by a worker, or at the end with {@code null} or the failure
	 * to read
	 */
	record Pending(@Nullable Batch batch, CompletableFuture<BatchResult> result) {

	}

}
