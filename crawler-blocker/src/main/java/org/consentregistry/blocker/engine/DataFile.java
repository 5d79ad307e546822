package org.consentregistry.blocker.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The frame of every data file (docs/design/snapshot-format.md): the magic {@code CRSN},
 * a 16-bit format version, a one-byte file kind and a zero byte, then the kind's content,
 * big-endian, and nothing after it.
 */
enum DataFile {

	RECORDS("records.bin"), EXACT_URLS("exact-urls.bin"), SHA256("sha256.bin"), URL_PREFIXES("url-prefixes.bin"),
	DOMAINS("domains.bin"), REMOVED("removed.bin");

	static final int MAGIC = 0x4352534E;

	static final int VERSION = 1;

	private final String fileName;

	DataFile(String fileName) {
		this.fileName = fileName;
	}

	String fileName() {
		return this.fileName;
	}

	DataOutputStream create(Path dir) throws IOException {
		DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(dir.resolve(this.fileName)), 1 << 16));
		out.writeInt(MAGIC);
		out.writeShort(VERSION);
		out.writeByte(ordinal() + 1);
		out.writeByte(0);
		return out;
	}

	/** Reads a file of this kind with {@code reader}, checking the frame. */
	<T> T read(Path dir, Reader<T> reader) throws RuleFormatException, IOException {
		Path file = dir.resolve(this.fileName);
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			int magic = in.readInt();
			int version = in.readUnsignedShort();
			int kind = in.readUnsignedByte();
			in.readUnsignedByte();
			if (magic != MAGIC || kind != ordinal() + 1) {
				throw new RuleFormatException("expected " + this.fileName + " to start with CRSN and kind "
						+ (ordinal() + 1) + ", got " + Integer.toHexString(magic) + " and kind " + kind);
			}
			if (version != VERSION) {
				throw new RuleFormatException("expected " + this.fileName + " in format version " + VERSION
						+ ", got version " + version + " (a newer crawler-blocker may read it)");
			}
			T value = reader.read(in);
			if (in.read() != -1) {
				throw new RuleFormatException("expected " + this.fileName + " to end after its content, got more");
			}
			return value;
		}
		catch (EOFException ex) {
			throw new RuleFormatException("expected more content in " + this.fileName + ": it is truncated", ex);
		}
	}

	/** Reads the content of a file. */
	@FunctionalInterface
	interface Reader<T> {

		T read(DataInputStream in) throws IOException, RuleFormatException;

	}

}
