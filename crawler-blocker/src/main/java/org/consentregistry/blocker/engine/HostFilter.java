package org.consentregistry.blocker.engine;

/**
 * A small Bloom filter of host fingerprints ({@link Fingerprints#DOMAIN}): two bits per
 * key out of at least sixteen per key, so it never misses a key it was built with and
 * lets through about 1.5 % of others. It lets a URL whose host has no prefixes or domain
 * entries skip their lookups after two bit probes, with the host's fingerprint computed
 * once for all of them.
 */
final class HostFilter {

	static final HostFilter EMPTY = new HostFilter(new long[0], false);

	/** A filter that lets everything through. */
	static final HostFilter ALL = new HostFilter(new long[0], true);

	private final long[] bits;

	private final int mask;

	private final boolean all;

	private HostFilter(long[] bits, boolean all) {
		this.bits = bits;
		this.mask = bits.length * 64 - 1;
		this.all = all;
	}

	/** A filter of the first {@code n} fingerprints. */
	static HostFilter of(long[] fingerprints, int n) {
		if (n == 0) {
			return EMPTY;
		}
		int size = 64;
		while (size < 16L * n && size < (1 << 30)) {
			size <<= 1;
		}
		HostFilter filter = new HostFilter(new long[size / 64], false);
		for (int i = 0; i < n; i++) {
			filter.set((int) fingerprints[i]);
			filter.set((int) (fingerprints[i] >>> 32));
		}
		return filter;
	}

	private void set(int position) {
		int bit = position & this.mask;
		this.bits[bit >>> 6] |= 1L << bit;
	}

	private boolean get(int position) {
		int bit = position & this.mask;
		return (this.bits[bit >>> 6] & (1L << bit)) != 0;
	}

	/** Whether {@code fingerprint} may be one of the keys; never false for a key. */
	boolean mayContain(long fingerprint) {
		return this.all || (this.bits.length != 0 && get((int) fingerprint) && get((int) (fingerprint >>> 32)));
	}

	long sizeInBytes() {
		return 8L * this.bits.length;
	}

}
