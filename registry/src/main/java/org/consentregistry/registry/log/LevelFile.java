package org.consentregistry.registry.log;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.consentregistry.blocker.tlog.TreeHasher;

/**
 * The hashes of one tree level in one file, 32 bytes each, in index order. Full chunks
 * are read through read-only memory maps; the last, growing chunk is mirrored in memory
 * and reaches the file on {@link #flush()}. One thread appends; any number read hashes
 * below the count the store has published.
 */
final class LevelFile implements Closeable {

	static final int CHUNK_BYTES = 1 << 18;

	private static final int HASHES_PER_CHUNK = CHUNK_BYTES / TreeHasher.HASH_LENGTH;

	private final FileChannel channel;

	private volatile Tail tail;

	private volatile MappedByteBuffer[] mapped = new MappedByteBuffer[0];

	/** Hashes appended, including those not yet flushed; written by the appender only. */
	private long count;

	/** Bytes of the file known to hold flushed hashes. */
	private long flushed;

	LevelFile(Path file) throws IOException {
		this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		long whole = this.channel.size() / TreeHasher.HASH_LENGTH;
		load(whole);
	}

	/**
	 * Loads the state for the first {@code hashes} hashes of the file, dropping the rest.
	 */
	private void load(long hashes) throws IOException {
		this.channel.truncate(hashes * TreeHasher.HASH_LENGTH);
		this.count = hashes;
		this.flushed = hashes * TreeHasher.HASH_LENGTH;
		long chunk = hashes / HASHES_PER_CHUNK;
		byte[] bytes = new byte[CHUNK_BYTES];
		ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) (this.flushed - chunk * CHUNK_BYTES));
		while (buffer.hasRemaining()) {
			if (this.channel.read(buffer, chunk * CHUNK_BYTES + buffer.position()) < 0) {
				throw new IOException("level file shorter than its size: " + this.channel.size());
			}
		}
		this.tail = new Tail(chunk, bytes);
		this.mapped = Arrays.copyOf(this.mapped, (int) Math.min(this.mapped.length, chunk));
	}

	long count() {
		return this.count;
	}

	void append(byte[] hash) throws IOException {
		Tail current = this.tail;
		int offset = (int) ((this.count % HASHES_PER_CHUNK) * TreeHasher.HASH_LENGTH);
		System.arraycopy(hash, 0, current.bytes, offset, TreeHasher.HASH_LENGTH);
		this.count++;
		if (this.count % HASHES_PER_CHUNK == 0) {
			flush();
			this.tail = new Tail(current.chunk + 1, new byte[CHUNK_BYTES]);
		}
	}

	/** Reads hash {@code index}, which must lie below a count published by the store. */
	byte[] read(long index) {
		long chunk = index / HASHES_PER_CHUNK;
		int offset = (int) ((index % HASHES_PER_CHUNK) * TreeHasher.HASH_LENGTH);
		byte[] hash = new byte[TreeHasher.HASH_LENGTH];
		Tail current = this.tail;
		if (chunk == current.chunk) {
			System.arraycopy(current.bytes, offset, hash, 0, TreeHasher.HASH_LENGTH);
		}
		else {
			chunk(chunk).get(offset, hash);
		}
		return hash;
	}

	private MappedByteBuffer chunk(long chunk) {
		MappedByteBuffer[] maps = this.mapped;
		if (chunk < maps.length && maps[(int) chunk] != null) {
			return maps[(int) chunk];
		}
		synchronized (this) {
			maps = this.mapped;
			if (chunk >= maps.length) {
				maps = Arrays.copyOf(maps, (int) chunk + 16);
			}
			if (maps[(int) chunk] == null) {
				try {
					maps[(int) chunk] = this.channel.map(FileChannel.MapMode.READ_ONLY, chunk * CHUNK_BYTES,
							CHUNK_BYTES);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot map chunk " + chunk + " of a log level file", ex);
				}
			}
			this.mapped = maps;
			return maps[(int) chunk];
		}
	}

	/** Writes the hashes appended since the last flush to the file (not yet fsync'd). */
	void flush() throws IOException {
		long end = this.count * TreeHasher.HASH_LENGTH;
		while (this.flushed < end) {
			Tail current = this.tail;
			long chunkStart = current.chunk * CHUNK_BYTES;
			ByteBuffer pending = ByteBuffer.wrap(current.bytes, (int) (this.flushed - chunkStart),
					(int) (end - this.flushed));
			this.flushed += this.channel.write(pending, this.flushed);
		}
	}

	void force() throws IOException {
		flush();
		this.channel.force(false);
	}

	/** Drops every hash from {@code hashes} on; callers exclude concurrent readers. */
	void truncate(long hashes) throws IOException {
		if (hashes < this.count) {
			flush();
			synchronized (this) {
				load(hashes);
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.channel.close();
	}

	private record Tail(long chunk, byte[] bytes) {
	}

}
