package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream read ahead by its own thread in 1 MB chunks, which it also hashes
 * (SHA-256), so that reading and hashing the input overlap the filtering. The digest is
 * complete once this stream has returned end of input.
 */
final class HashingReader extends InputStream {

	private static final int SIZE = 1 << 20;

	private static final byte[] END = new byte[0];

	private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(4);

	private byte[] current = new byte[0];

	private int position;

	private boolean ended;

	HashingReader(InputStream in, MessageDigest digest) {
		Thread thread = new Thread(() -> readAhead(in, digest), "filter-input-reader");
		thread.setDaemon(true);
		thread.start();
	}

	private void readAhead(InputStream in, MessageDigest digest) {
		try {
			while (true) {
				byte[] chunk = in.readNBytes(SIZE);
				if (chunk.length == 0) {
					this.chunks.put(END);
					return;
				}
				digest.update(chunk);
				this.chunks.put(chunk);
			}
		}
		catch (IOException ex) {
			offer(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void offer(IOException ex) {
		try {
			this.chunks.put(ex);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (this.position == this.current.length) {
			if (this.ended) {
				return -1;
			}
			Object next;
			try {
				next = this.chunks.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while reading", ex);
			}
			if (next instanceof IOException failure) {
				throw failure;
			}
			this.current = (byte[]) next;
			this.position = 0;
			this.ended = this.current == END;
		}
		int n = Math.min(len, this.current.length - this.position);
		System.arraycopy(this.current, this.position, b, off, n);
		this.position += n;
		return n;
	}

}
