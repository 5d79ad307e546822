package org.consentregistry.blocker.engine;

/**
 * Domains, with or without their subdomains: a fingerprint table from host name to entry.
 * A URL's host and each parent domain read one slot each, and a hit is confirmed against
 * the stored name, so every matching entry is found, the host itself first, then its
 * parents from the longest.
 */
final class DomainIndex {

	static final DomainIndex EMPTY = new DomainIndex(new String[0], new boolean[0], new int[0]);

	/**
	 * The hosts, sorted by name, then subdomain flag, then payload (serialised order).
	 */
	private final String[] hosts;

	private final boolean[] subdomains;

	private final int[] payloads;

	private final FingerprintTable table;

	/** The hosts of all entries. */
	private final HostFilter exact;

	/**
	 * The last two labels of the entries with subdomains: a host has a parent domain with
	 * an entry only if its own last two labels are in it (or {@link #topLevel}).
	 */
	private final HostFilter tails;

	/** Whether an entry with subdomains is a single label (its tail is itself). */
	private final boolean topLevel;

	DomainIndex(String[] hosts, boolean[] subdomains, int[] payloads) {
		this.hosts = hosts;
		this.subdomains = subdomains;
		this.payloads = payloads;
		long[] fingerprints = new long[hosts.length];
		int[] entries = new int[hosts.length];
		for (int i = 0; i < hosts.length; i++) {
			fingerprints[i] = Fingerprints.of(Fingerprints.DOMAIN, hosts[i]);
			entries[i] = i;
		}
		this.exact = HostFilter.of(fingerprints, fingerprints.length);
		long[] tails = new long[hosts.length];
		int n = 0;
		boolean topLevel = false;
		for (int i = 0; i < hosts.length; i++) {
			if (subdomains[i]) {
				int tail = tail(hosts[i], 0, hosts[i].length());
				topLevel |= tail < 0;
				tails[n++] = Fingerprints.of(Fingerprints.DOMAIN, hosts[i], Math.max(tail, 0), hosts[i].length());
			}
		}
		this.tails = HostFilter.of(tails, n);
		this.topLevel = topLevel;
		FingerprintTable.sort(fingerprints, entries, entries.length);
		this.table = new FingerprintTable(fingerprints, entries);
	}

	/**
	 * Where the last two labels of the host from {@code start} to {@code end} start:
	 * {@code start} for a host of two labels, -1 for one of a single label.
	 */
	private static int tail(String s, int start, int end) {
		int last = s.lastIndexOf('.', end - 1);
		if (last < start) {
			return -1;
		}
		int second = s.lastIndexOf('.', last - 1);
		return (second < start) ? start : second + 1;
	}

	/** {@link #tail(String, int, int)} of a URL's host. */
	private static int tail(UrlView url) {
		int start = url.hostStart();
		int last = url.lastIndexOf('.', url.hostEnd() - 1);
		if (last < start) {
			return -1;
		}
		int second = url.lastIndexOf('.', last - 1);
		return (second < start) ? start : second + 1;
	}

	int size() {
		return this.hosts.length;
	}

	String host(int entry) {
		return this.hosts[entry];
	}

	boolean includesSubdomains(int entry) {
		return this.subdomains[entry];
	}

	int payload(int entry) {
		return this.payloads[entry];
	}

	/**
	 * Whether the URL, whose host has fingerprint {@code host}, may have an entry for its
	 * host or a parent domain: two bit probes, plus a fingerprint of the host's last two
	 * labels if it has more. Never false if it has one.
	 */
	boolean mayMatch(UrlView url, long host) {
		if (this.hosts.length == 0) {
			return false;
		}
		return this.exact.mayContain(host) || (!url.ipHost() && parentsMayMatch(url, host));
	}

	private boolean parentsMayMatch(UrlView url, long host) {
		if (this.topLevel) {
			return true;
		}
		int tail = tail(url);
		if (tail < 0) {
			return false;
		}
		long fingerprint = (tail == url.hostStart()) ? host : url.fingerprint(Fingerprints.DOMAIN, tail, url.hostEnd());
		return this.tails.mayContain(fingerprint);
	}

	/**
	 * Passes to {@code sink} every entry for the URL's host, and every entry with
	 * subdomains for a parent domain of it.
	 */
	void collect(UrlView url, PrefixIndex.EntrySink sink) {
		if (this.hosts.length == 0) {
			return;
		}
		int end = url.hostEnd();
		for (int start = url.hostStart(); start >= 0; start = url.ipHost() ? -1 : nextLabel(url, start, end)) {
			long fingerprint = url.fingerprint(Fingerprints.DOMAIN, start, end);
			boolean parent = start != url.hostStart();
			for (int i = this.table.find(fingerprint); i >= 0 && i < this.table.size()
					&& this.table.fingerprint(i) == fingerprint; i++) {
				int entry = this.table.payload(i);
				String host = this.hosts[entry];
				if ((!parent || this.subdomains[entry]) && host.length() == end - start
						&& url.regionMatches(start, host)) {
					sink.domain(entry);
				}
			}
		}
	}

	private static int nextLabel(UrlView url, int start, int end) {
		int dot = url.indexOf('.', start);
		return (dot < 0 || dot >= end) ? -1 : dot + 1;
	}

	long sizeInBytes() {
		return this.table.sizeInBytes() + 9L * this.hosts.length + 4L * this.payloads.length + this.exact.sizeInBytes()
				+ this.tails.sizeInBytes();
	}

}
