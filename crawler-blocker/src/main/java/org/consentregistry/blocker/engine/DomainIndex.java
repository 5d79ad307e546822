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
		FingerprintTable.sort(fingerprints, entries, entries.length);
		this.table = new FingerprintTable(fingerprints, entries);
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
	 * Passes to {@code sink} every entry for the URL's host, and every entry with
	 * subdomains for a parent domain of it.
	 */
	void collect(UrlView url, PrefixIndex.EntrySink sink) {
		if (this.hosts.length == 0) {
			return;
		}
		String s = url.url();
		int end = url.hostEnd();
		for (int start = url.hostStart(); start >= 0; start = url.ipHost() ? -1 : nextLabel(s, start, end)) {
			long fingerprint = Fingerprints.of(Fingerprints.DOMAIN, s, start, end);
			boolean parent = start != url.hostStart();
			for (int i = this.table.find(fingerprint); i >= 0 && i < this.table.size()
					&& this.table.fingerprint(i) == fingerprint; i++) {
				int entry = this.table.payload(i);
				String host = this.hosts[entry];
				if ((!parent || this.subdomains[entry]) && host.length() == end - start
						&& s.regionMatches(start, host, 0, host.length())) {
					sink.domain(entry);
				}
			}
		}
	}

	private static int nextLabel(String s, int start, int end) {
		int dot = s.indexOf('.', start);
		return (dot < 0 || dot >= end) ? -1 : dot + 1;
	}

	long sizeInBytes() {
		return this.table.sizeInBytes() + 9L * this.hosts.length + 4L * this.payloads.length;
	}

}
