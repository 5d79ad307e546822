package org.consentregistry.blocker.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The content of the table files: an exact table (count, fingerprints, payloads) with its
 * binary fuse filter (seed, segment length, segment count, array), and the string tables
 * of URL prefixes and domains (count, then string, [subdomain flag,] payload each).
 */
final class TableCodec {

	private static final int MAX_ENTRIES = Integer.MAX_VALUE - 16;

	/** Bytes read at a time into fingerprint and payload arrays. */
	private static final int CHUNK = 1 << 16;

	private TableCodec() {
	}

	static void writeTable(DataOutputStream out, CompiledRules.Table table) throws IOException {
		FingerprintTable t = table.table();
		out.writeInt(t.size());
		for (int i = 0; i < t.size(); i++) {
			out.writeLong(t.fingerprint(i));
		}
		for (int i = 0; i < t.size(); i++) {
			out.writeInt(t.payload(i));
		}
		BinaryFuseFilter filter = table.filter();
		out.writeLong(filter.seed());
		out.writeInt(filter.segmentLength());
		out.writeInt(filter.segmentCount());
		out.writeInt(filter.fingerprints().length);
		out.write(filter.fingerprints());
	}

	static CompiledRules.Table readTable(DataInputStream in, int records, String file)
			throws IOException, RuleFormatException {
		int size = RecordCodec.count(in, MAX_ENTRIES, "entries");
		long[] fingerprints = new long[size];
		int[] payloads = new int[size];
		readLongs(in, fingerprints);
		for (int i = 1; i < size; i++) {
			if (fingerprints[i] < fingerprints[i - 1]) {
				throw new RuleFormatException(
						"expected the fingerprints of " + file + " in ascending order, entry " + i + " is not");
			}
		}
		readInts(in, payloads);
		for (int i = 0; i < size; i++) {
			payload(payloads[i], records, file);
		}
		long seed = in.readLong();
		int segmentLength = in.readInt();
		int segmentCount = in.readInt();
		int length = RecordCodec.count(in, MAX_ENTRIES, "filter bytes");
		boolean shaped = (size == 0) ? length == 0 : segmentLength > 0 && Integer.bitCount(segmentLength) == 1
				&& segmentCount > 0 && (long) (segmentCount + 2) * segmentLength == length;
		if (!shaped) {
			throw new RuleFormatException("expected a binary fuse filter of (segments + 2) x segment length bytes in "
					+ file + ", got " + length + " bytes, " + segmentCount + " segments of " + segmentLength);
		}
		byte[] filter = new byte[length];
		in.readFully(filter);
		return new CompiledRules.Table(new FingerprintTable(fingerprints, payloads),
				(size == 0) ? BinaryFuseFilter.EMPTY : new BinaryFuseFilter(seed, segmentLength, segmentCount, filter));
	}

	/** Fills {@code values} with big-endian longs, read a chunk at a time. */
	private static void readLongs(DataInputStream in, long[] values) throws IOException {
		byte[] chunk = new byte[CHUNK];
		for (int at = 0; at < values.length;) {
			int n = Math.min(values.length - at, CHUNK / 8);
			in.readFully(chunk, 0, n * 8);
			ByteBuffer.wrap(chunk, 0, n * 8).asLongBuffer().get(values, at, n);
			at += n;
		}
	}

	/** Fills {@code values} with big-endian ints, read a chunk at a time. */
	private static void readInts(DataInputStream in, int[] values) throws IOException {
		byte[] chunk = new byte[CHUNK];
		for (int at = 0; at < values.length;) {
			int n = Math.min(values.length - at, CHUNK / 4);
			in.readFully(chunk, 0, n * 4);
			ByteBuffer.wrap(chunk, 0, n * 4).asIntBuffer().get(values, at, n);
			at += n;
		}
	}

	static void writePrefixes(DataOutputStream out, PrefixIndex prefixes) throws IOException {
		out.writeInt(prefixes.size());
		for (int i = 0; i < prefixes.size(); i++) {
			out.writeUTF(prefixes.prefix(i));
			out.writeInt(prefixes.payload(i));
		}
	}

	static PrefixIndex readPrefixes(DataInputStream in, int records) throws IOException, RuleFormatException {
		int size = RecordCodec.count(in, MAX_ENTRIES, "URL prefixes");
		String[] prefixes = new String[size];
		int[] payloads = new int[size];
		for (int i = 0; i < size; i++) {
			prefixes[i] = in.readUTF();
			if (!prefixes[i].contains("://")) {
				throw new RuleFormatException("expected a normalised URL prefix, got '" + prefixes[i] + "'");
			}
			payloads[i] = payload(in.readInt(), records, "url-prefixes.bin");
		}
		return new PrefixIndex(prefixes, payloads);
	}

	static void writeDomains(DataOutputStream out, DomainIndex domains) throws IOException {
		out.writeInt(domains.size());
		for (int i = 0; i < domains.size(); i++) {
			out.writeUTF(domains.host(i));
			out.writeBoolean(domains.includesSubdomains(i));
			out.writeInt(domains.payload(i));
		}
	}

	static DomainIndex readDomains(DataInputStream in, int records) throws IOException, RuleFormatException {
		int size = RecordCodec.count(in, MAX_ENTRIES, "domains");
		String[] hosts = new String[size];
		boolean[] subdomains = new boolean[size];
		int[] payloads = new int[size];
		for (int i = 0; i < size; i++) {
			hosts[i] = in.readUTF();
			subdomains[i] = in.readBoolean();
			payloads[i] = payload(in.readInt(), records, "domains.bin");
		}
		return new DomainIndex(hosts, subdomains, payloads);
	}

	private static int payload(int payload, int records, String file) throws RuleFormatException {
		if (Payload.record(payload) >= records) {
			throw new RuleFormatException(
					"expected record indexes below " + records + " in " + file + ", got " + Payload.record(payload));
		}
		return payload;
	}

}
