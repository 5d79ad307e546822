package org.consentregistry.registry.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable, append-only ingest journal: entry {@code i} is the {@code i}-th accepted
 * write, in order. An entry counts once {@link #force()} returned after it was appended;
 * the TDB2 store is brought up to date from the journal after a crash.
 * <p>
 * Files are segments named after their first index ({@code 00000000000000000000.seg});
 * each entry is {@code length (4 bytes) | CRC-32C of the payload (4) | payload}. On
 * opening, a torn entry at the end of the last segment (a crash mid-append) is cut off;
 * damage anywhere else stops the registry with a message, since entries after it could
 * not be trusted. Appends come from one thread; reads from any.
 */
final class Journal implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Journal.class);

	static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

	private static final String SUFFIX = ".seg";

	private final Path dir;

	private final long segmentBytes;

	private final List<Segment> segments = new ArrayList<>();

	private long[] offsets = new long[1024];

	private volatile long size;

	private FileChannel tail;

	private long tailPosition;

	private volatile long forced;

	Journal(Path dir, long segmentBytes) {
		this.dir = dir;
		this.segmentBytes = segmentBytes;
		try {
			Files.createDirectories(dir);
			for (Path file : segmentFiles()) {
				scan(file);
			}
			if (this.segments.isEmpty()) {
				startSegment(0);
			}
			Segment last = this.segments.get(this.segments.size() - 1);
			this.tail = FileChannel.open(last.file(), StandardOpenOption.WRITE, StandardOpenOption.READ);
			this.tailPosition = this.tail.size();
			this.forced = this.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the ingest journal in " + dir, ex);
		}
	}

	/** The number of entries. */
	long size() {
		return this.size;
	}

	/** The number of entries known to be durable. */
	long forced() {
		return this.forced;
	}

	/** Appends an entry (not yet durable) and returns its index. */
	long append(byte[] payload) {
		if (payload.length > MAX_ENTRY_BYTES) {
			throw new IllegalArgumentException(
					"Expected a journal entry of at most " + MAX_ENTRY_BYTES + " bytes but it has " + payload.length);
		}
		try {
			if (this.tailPosition + 8 + payload.length > this.segmentBytes && this.tailPosition > 0) {
				this.tail.force(false);
				this.tail.close();
				startSegment(this.size);
				this.tail = FileChannel.open(this.segments.get(this.segments.size() - 1).file(),
						StandardOpenOption.WRITE, StandardOpenOption.READ);
				this.tailPosition = 0;
			}
			CRC32C crc = new CRC32C();
			crc.update(payload);
			ByteBuffer buffer = ByteBuffer.allocate(8 + payload.length);
			buffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
			long at = this.tailPosition;
			while (buffer.hasRemaining()) {
				this.tailPosition += this.tail.write(buffer, this.tailPosition);
			}
			long index = this.size;
			remember(index, at);
			this.size = index + 1;
			return index;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append to the ingest journal in " + this.dir, ex);
		}
	}

	/** Makes every appended entry durable. */
	void force() {
		if (this.forced == this.size) {
			return;
		}
		try {
			this.tail.force(false);
			this.forced = this.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot sync the ingest journal in " + this.dir, ex);
		}
	}

	/** The payload of entry {@code index}. */
	byte[] read(long index) {
		if (index < 0 || index >= this.size) {
			throw new IndexOutOfBoundsException("Expected an entry index below " + this.size + " but got " + index);
		}
		Segment segment = segmentOf(index);
		long position = this.offsets[(int) index];
		try (FileChannel channel = FileChannel.open(segment.file(), StandardOpenOption.READ)) {
			ByteBuffer header = ByteBuffer.allocate(8);
			readFully(channel, header, position);
			ByteBuffer payload = ByteBuffer.allocate(header.getInt(0));
			readFully(channel, payload, position + 8);
			return payload.array();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read journal entry " + index + " in " + this.dir, ex);
		}
	}

	@Override
	public void close() {
		try {
			force();
			this.tail.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Segment segmentOf(long index) {
		int low = 0;
		int high = this.segments.size() - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (this.segments.get(mid).first() <= index) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return this.segments.get(low);
	}

	private List<Path> segmentFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.dir)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
	}

	private void scan(Path file) throws IOException {
		String name = file.getFileName().toString();
		long first = Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
		if (first != this.size) {
			throw new IllegalStateException("Expected journal segment " + file + " to start at entry " + this.size
					+ " but it starts at " + first);
		}
		this.segments.add(new Segment(first, file));
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long position = 0;
			long end = channel.size();
			ByteBuffer header = ByteBuffer.allocate(8);
			while (position < end) {
				int length = (end - position >= 8) ? readHeader(channel, header, position) : -1;
				if (length < 0 || length > MAX_ENTRY_BYTES || position + 8 + length > end
						|| !crcMatches(channel, position, length, header.getInt(4))) {
					cutTornTail(file, channel, position, end);
					return;
				}
				remember(this.size, position);
				this.size++;
				position += 8 + length;
			}
		}
	}

	private void cutTornTail(Path file, FileChannel channel, long position, long end) throws IOException {
		if (!isLast(file)) {
			throw new IllegalStateException("Journal segment " + file + " is damaged at byte " + position
					+ " and is not the last segment; refusing to continue");
		}
		logger.warn("Cutting a torn journal entry off the end of {} ({} bytes at {})", file, end - position, position);
		channel.truncate(position);
		channel.force(true);
	}

	private boolean isLast(Path file) throws IOException {
		List<Path> files = segmentFiles();
		return files.get(files.size() - 1).equals(file);
	}

	private static int readHeader(FileChannel channel, ByteBuffer header, long position) throws IOException {
		header.clear();
		readFully(channel, header, position);
		return header.getInt(0);
	}

	private static boolean crcMatches(FileChannel channel, long position, int length, int expected) throws IOException {
		ByteBuffer payload = ByteBuffer.allocate(length);
		readFully(channel, payload, position + 8);
		CRC32C crc = new CRC32C();
		crc.update(payload.flip());
		return (int) crc.getValue() == expected;
	}

	private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
		long at = position;
		while (buffer.hasRemaining()) {
			int read = channel.read(buffer, at);
			if (read < 0) {
				throw new IOException("Unexpected end of journal segment at byte " + at);
			}
			at += read;
		}
	}

	private void startSegment(long first) throws IOException {
		Path file = this.dir.resolve(String.format("%020d%s", first, SUFFIX));
		Files.createFile(file);
		try (FileChannel dirChannel = FileChannel.open(this.dir, StandardOpenOption.READ)) {
			dirChannel.force(true);
		}
		this.segments.add(new Segment(first, file));
	}

	private void remember(long index, long position) {
		if (index >= this.offsets.length) {
			this.offsets = Arrays.copyOf(this.offsets, Math.toIntExact(Math.max(index + 1, this.offsets.length * 2L)));
		}
		this.offsets[(int) index] = position;
	}

	private record Segment(long first, Path file) {
	}

}
