package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jspecify.annotations.Nullable;

/**
 * An output stream that hands full 1 MB buffers to its own thread, which hashes them
 * (SHA-256) and writes them out, so that hashing and writing overlap the filtering. At
 * most four buffers wait; {@link #close} writes the rest, waits for the thread and
 * reports its failure, and does not close the underlying stream.
 */
final class HashingWriter extends OutputStream {

	private static final int SIZE = 1 << 20;

	private static final byte[] END = new byte[0];

	private final OutputStream out;

	private final MessageDigest digest;

	private final BlockingQueue<byte[]> full = new ArrayBlockingQueue<>(4);

	private final Thread thread;

	private byte[] buffer = new byte[SIZE];

	private int count;

	private volatile @Nullable IOException failure;

	private boolean closed;

	HashingWriter(OutputStream out, MessageDigest digest, String name) {
		this.out = out;
		this.digest = digest;
		this.thread = new Thread(this::drain, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void write(int b) throws IOException {
		if (this.count == this.buffer.length) {
			handOver();
		}
		this.buffer[this.count++] = (byte) b;
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		while (len > 0) {
			if (this.count == this.buffer.length) {
				handOver();
			}
			int n = Math.min(len, this.buffer.length - this.count);
			System.arraycopy(b, off, this.buffer, this.count, n);
			this.count += n;
			off += n;
			len -= n;
		}
	}

	private void handOver() throws IOException {
		IOException failed = this.failure;
		if (failed != null) {
			throw failed;
		}
		byte[] chunk = (this.count == this.buffer.length) ? this.buffer
				: java.util.Arrays.copyOf(this.buffer, this.count);
		put(chunk);
		this.buffer = new byte[SIZE];
		this.count = 0;
	}

	private void put(byte[] chunk) throws IOException {
		try {
			this.full.put(chunk);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing", ex);
		}
	}

	private void drain() {
		try {
			for (byte[] chunk = this.full.take(); chunk != END; chunk = this.full.take()) {
				if (this.failure == null) {
					try {
						this.digest.update(chunk);
						this.out.write(chunk);
					}
					catch (IOException ex) {
						this.failure = ex;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			this.failure = new IOException("interrupted while writing", ex);
		}
	}

	/** Writes what is left, waits for the writer thread and flushes the output. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.count > 0) {
			handOver();
		}
		put(END);
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing", ex);
		}
		IOException failed = this.failure;
		if (failed != null) {
			throw failed;
		}
		this.out.flush();
	}

	/** The hex SHA-256 of everything written; after {@link #close}. */
	String sha256() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
