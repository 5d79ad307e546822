package org.consentregistry.blocker.engine;

/**
 * An exact table from 64-bit fingerprints to 32-bit payloads: the fingerprints sorted (in
 * signed order) in one {@code long[]}, the payloads beside them in an {@code int[]}, and
 * a directory of bucket starts over the top bits (about four entries a bucket), so a
 * lookup reads one directory slot and then a few adjacent entries. 12 bytes an entry plus
 * about 1 for the directory. A fingerprint may appear several times (several records
 * claim the same URL, or two keys share a fingerprint).
 */
final class FingerprintTable {

	static final FingerprintTable EMPTY = new FingerprintTable(new long[0], new int[0]);

	private final long[] fingerprints;

	private final int[] payloads;

	private final int bits;

	private final int[] directory;

	/**
	 * Indexes entries already sorted by fingerprint (signed order), as {@link #sort}
	 * leaves them; the table owns the arrays.
	 */
	FingerprintTable(long[] fingerprints, int[] payloads) {
		this.fingerprints = fingerprints;
		this.payloads = payloads;
		this.bits = bits(fingerprints.length);
		this.directory = new int[(1 << this.bits) + 1];
		int bucket = 0;
		for (int i = 0; i < fingerprints.length; i++) {
			int b = bucket(fingerprints[i]);
			while (bucket <= b) {
				this.directory[bucket++] = i;
			}
		}
		while (bucket < this.directory.length) {
			this.directory[bucket++] = fingerprints.length;
		}
	}

	private static int bits(int entries) {
		int bits = 1;
		while (bits < 30 && (1L << (bits + 3)) < entries) {
			bits++;
		}
		return bits;
	}

	/** The bucket of a fingerprint: its top bits, the sign bit flipped (signed order). */
	private int bucket(long fingerprint) {
		return (int) (fingerprint >>> (64 - this.bits)) ^ (1 << (this.bits - 1));
	}

	/**
	 * The index of the first entry with {@code fingerprint}, or -1; the others follow it.
	 */
	int find(long fingerprint) {
		int b = bucket(fingerprint);
		int end = this.directory[b + 1];
		for (int i = this.directory[b]; i < end; i++) {
			long f = this.fingerprints[i];
			if (f == fingerprint) {
				return i;
			}
			if (f > fingerprint) {
				return -1;
			}
		}
		return -1;
	}

	int size() {
		return this.fingerprints.length;
	}

	long fingerprint(int i) {
		return this.fingerprints[i];
	}

	int payload(int i) {
		return this.payloads[i];
	}

	/** The bytes the table occupies (arrays only). */
	long sizeInBytes() {
		return 8L * this.fingerprints.length + 4L * this.payloads.length + 4L * this.directory.length;
	}

	/**
	 * Sorts the first {@code n} entries by fingerprint, then payload, in place: a radix
	 * pass on the top bits (about two entries a bucket), then insertion sort within the
	 * buckets.
	 */
	static void sort(long[] fingerprints, int[] payloads, int n) {
		if (n < 2) {
			return;
		}
		int radixBits = Math.min(24, Math.max(1, 31 - Integer.numberOfLeadingZeros(n)));
		int buckets = 1 << radixBits;
		int[] start = new int[buckets + 1];
		for (int i = 0; i < n; i++) {
			start[radix(fingerprints[i], radixBits) + 1]++;
		}
		for (int b = 0; b < buckets; b++) {
			start[b + 1] += start[b];
		}
		long[] f = new long[n];
		int[] p = new int[n];
		int[] next = start.clone();
		for (int i = 0; i < n; i++) {
			int at = next[radix(fingerprints[i], radixBits)]++;
			f[at] = fingerprints[i];
			p[at] = payloads[i];
		}
		for (int b = 0; b < buckets; b++) {
			insertionSort(f, p, start[b], start[b + 1]);
		}
		System.arraycopy(f, 0, fingerprints, 0, n);
		System.arraycopy(p, 0, payloads, 0, n);
	}

	private static int radix(long fingerprint, int bits) {
		return (int) (fingerprint >>> (64 - bits)) ^ (1 << (bits - 1));
	}

	private static void insertionSort(long[] f, int[] p, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			long key = f[i];
			int payload = p[i];
			int j = i - 1;
			while (j >= from && (f[j] > key || (f[j] == key && p[j] > payload))) {
				f[j + 1] = f[j];
				p[j + 1] = p[j];
				j--;
			}
			f[j + 1] = key;
			p[j + 1] = payload;
		}
	}

}
