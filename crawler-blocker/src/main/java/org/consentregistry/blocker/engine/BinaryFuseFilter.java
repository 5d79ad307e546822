package org.consentregistry.blocker.engine;

import java.util.Arrays;

/**
 * A binary fuse filter with 8-bit fingerprints and three hash functions (Thomas Mueller
 * Graf and Daniel Lemire, "Binary Fuse Filters: Fast and Smaller Than Xor Filters", ACM
 * Journal of Experimental Algorithmics 27, 2022, doi:10.1145/3510449), following the
 * reference C implementation ({@code binaryfusefilter.h} of FastFilter/xor_singleheader).
 * About 9 bits a key; it never answers {@code false} for a key it was built with, and
 * answers {@code true} for about 1 in 256 other keys.
 *
 * @param seed the hash seed that made construction succeed
 * @param segmentLength the length of a segment, a power of two
 * @param segmentCount the number of segments the first hash starts in
 * @param fingerprints the filter's array
 */
record BinaryFuseFilter(long seed, int segmentLength, int segmentCount, byte[] fingerprints) {

	private static final int MAX_ITERATIONS = 100;

	/** A filter that contains nothing. */
	static final BinaryFuseFilter EMPTY = new BinaryFuseFilter(0, 4, 1, new byte[0]);

	/**
	 * Whether {@code key} may be in the set: always for a key of the set, rarely for
	 * others.
	 */
	boolean mayContain(long key) {
		long hash = Fingerprints.mix(key + this.seed);
		int mask = this.segmentLength - 1;
		if (this.fingerprints.length == 0) {
			return false;
		}
		int h0 = h0(hash);
		int h1 = (h0 + this.segmentLength) ^ ((int) (hash >>> 18) & mask);
		int h2 = (h0 + 2 * this.segmentLength) ^ ((int) hash & mask);
		byte[] f = this.fingerprints;
		return (byte) (fingerprint(hash) ^ f[h0] ^ f[h1] ^ f[h2]) == 0;
	}

	private int h0(long hash) {
		long segmentCountLength = (long) this.segmentCount * this.segmentLength;
		return (int) (Math.multiplyHigh(hash, segmentCountLength) + ((hash >> 63) & segmentCountLength));
	}

	private int hash(int index, long hash) {
		int mask = this.segmentLength - 1;
		int h = h0(hash) + index * this.segmentLength;
		long low36 = hash & ((1L << 36) - 1);
		return h ^ (int) ((low36 >>> (36 - 18 * index)) & mask);
	}

	private static byte fingerprint(long hash) {
		return (byte) (hash ^ (hash >>> 32));
	}

	/** The bytes the filter occupies. */
	long sizeInBytes() {
		return this.fingerprints.length;
	}

	/**
	 * Builds a filter over {@code keys} (duplicates allowed; the array is sorted in
	 * place).
	 */
	static BinaryFuseFilter build(long[] keys) {
		Arrays.sort(keys);
		int size = unique(keys);
		if (size == 0) {
			return EMPTY;
		}
		int segmentLength = segmentLength(size);
		double factor = (size <= 1) ? 0 : Math.max(1.125, 0.875 + 0.25 * Math.log(1_000_000.0) / Math.log(size));
		int capacity = (int) Math.round(size * factor);
		int initSegmentCount = (capacity + segmentLength - 1) / segmentLength - 2;
		int arrayLength = (initSegmentCount + 2) * segmentLength;
		int segmentCount = (arrayLength + segmentLength - 1) / segmentLength;
		segmentCount = (segmentCount <= 2) ? 1 : segmentCount - 2;
		arrayLength = (segmentCount + 2) * segmentLength;
		long counter = 0x726b2b9d438b9d4dL;
		for (int attempt = 0; attempt < MAX_ITERATIONS; attempt++) {
			counter += 0x9E3779B97F4A7C15L;
			BinaryFuseFilter filter = new BinaryFuseFilter(Fingerprints.mix(counter), segmentLength, segmentCount,
					new byte[arrayLength]);
			if (filter.populate(keys, size)) {
				return filter;
			}
		}
		throw new IllegalStateException("expected a binary fuse filter to build within " + MAX_ITERATIONS
				+ " attempts, got none for " + size + " keys");
	}

	private static int segmentLength(int size) {
		int shift = (int) Math.floor(Math.log(size) / Math.log(3.33) + 2.25);
		return Math.min(1 << Math.max(shift, 2), 262144);
	}

	private static int unique(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return n;
	}

	/** Peels the 3-hypergraph of the keys; fills the fingerprints if it peels fully. */
	private boolean populate(long[] keys, int size) {
		int capacity = this.fingerprints.length;
		long[] hashes = new long[size];
		for (int i = 0; i < size; i++) {
			hashes[i] = Fingerprints.mix(keys[i] + this.seed);
		}
		// Sorting by hash orders the keys by their first segment: construction then walks
		// memory nearly sequentially (the reference code's block sort, to the same end).
		Arrays.sort(hashes);
		byte[] count = new byte[capacity];
		long[] xorHash = new long[capacity];
		for (long hash : hashes) {
			for (int index = 0; index < 3; index++) {
				int h = hash(index, hash);
				count[h] += 4;
				count[h] ^= (byte) index;
				xorHash[h] ^= hash;
			}
		}
		return peel(hashes, count, xorHash);
	}

	private boolean peel(long[] order, byte[] count, long[] xorHash) {
		int capacity = count.length;
		int[] alone = new int[capacity];
		byte[] found = new byte[order.length];
		int queue = 0;
		for (int i = 0; i < capacity; i++) {
			if (((count[i] & 0xFF) >> 2) == 1) {
				alone[queue++] = i;
			}
		}
		int stack = 0;
		int[] h = new int[3];
		while (queue > 0) {
			int index = alone[--queue];
			if (((count[index] & 0xFF) >> 2) != 1) {
				continue;
			}
			long hash = xorHash[index];
			int which = count[index] & 3;
			found[stack] = (byte) which;
			order[stack++] = hash;
			for (int i = 0; i < 3; i++) {
				h[i] = hash(i, hash);
			}
			for (int other = 1; other <= 2; other++) {
				int j = (which + other) % 3;
				int slot = h[j];
				if (((count[slot] & 0xFF) >> 2) == 2) {
					alone[queue++] = slot;
				}
				count[slot] -= 4;
				count[slot] ^= (byte) j;
				xorHash[slot] ^= hash;
			}
		}
		if (stack != order.length) {
			return false;
		}
		assign(order, found, h);
		return true;
	}

	private void assign(long[] order, byte[] found, int[] h) {
		byte[] f = this.fingerprints;
		for (int i = order.length - 1; i >= 0; i--) {
			long hash = order[i];
			for (int j = 0; j < 3; j++) {
				h[j] = hash(j, hash);
			}
			int which = found[i];
			f[h[which]] = (byte) (fingerprint(hash) ^ f[h[(which + 1) % 3]] ^ f[h[(which + 2) % 3]]);
		}
	}

}
