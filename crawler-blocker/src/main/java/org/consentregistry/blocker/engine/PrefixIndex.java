package org.consentregistry.blocker.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.consentregistry.blocker.url.UrlFormatException;

/**
 * URL prefixes grouped by origin ({@code scheme://host[:port]}): a fingerprint table from
 * origin to group, and in each group its prefixes in string order, each linked to the
 * longest shorter prefix of it in the group. A URL reads one table slot; a URL on an
 * origin with prefixes binary-searches the greatest prefix not after it and walks the
 * links from there: the first prefix on that walk that starts the URL is its longest
 * match, and the links from it are all its shorter ones. So a lookup costs a binary
 * search and the nesting depth, not a comparison with every prefix of the origin.
 */
final class PrefixIndex {

	static final PrefixIndex EMPTY = new PrefixIndex(new String[0], new int[0]);

	/** The prefixes, sorted by string then payload (the serialised order). */
	private final String[] prefixes;

	private final int[] payloads;

	/** Entry indexes, grouped by origin, in string then entry order within a group. */
	private final int[] grouped;

	/**
	 * For each position in {@link #grouped}: the last position of the longest shorter
	 * prefix of its string in the same group, or -1.
	 */
	private final int[] parents;

	/**
	 * For each position in {@link #grouped}: the first position holding the same string.
	 */
	private final int[] runStarts;

	/** Origin fingerprint to its group number. */
	private final FingerprintTable origins;

	/** Where each group starts in {@link #grouped}, and one past the last. */
	private final int[] groupStarts;

	/** The hosts of the prefixes, so that URLs on other hosts skip the lookup. */
	private final HostFilter hosts;

	PrefixIndex(String[] prefixes, int[] payloads) {
		this.prefixes = prefixes;
		this.payloads = payloads;
		String[] originOf = new String[prefixes.length];
		Integer[] order = new Integer[prefixes.length];
		for (int i = 0; i < order.length; i++) {
			originOf[i] = origin(prefixes[i]);
			order[i] = i;
		}
		Arrays.sort(order,
				Comparator.comparing((Integer i) -> originOf[i])
					.thenComparing((Integer i) -> prefixes[i])
					.thenComparing((Integer i) -> i));
		this.grouped = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		List<Integer> starts = new ArrayList<>();
		for (int g = 0; g < this.grouped.length; g++) {
			if (g == 0 || !originOf[this.grouped[g]].equals(originOf[this.grouped[g - 1]])) {
				starts.add(g);
			}
		}
		starts.add(this.grouped.length);
		this.groupStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		this.parents = new int[this.grouped.length];
		this.runStarts = new int[this.grouped.length];
		int groups = this.groupStarts.length - 1;
		long[] fingerprints = new long[groups];
		int[] numbers = new int[groups];
		for (int k = 0; k < groups; k++) {
			link(this.groupStarts[k], this.groupStarts[k + 1]);
			fingerprints[k] = Fingerprints.of(Fingerprints.ORIGIN, originOf[this.grouped[this.groupStarts[k]]]);
			numbers[k] = k;
		}
		FingerprintTable.sort(fingerprints, numbers, groups);
		this.origins = new FingerprintTable(fingerprints, numbers);
		this.hosts = hostFilter(prefixes);
	}

	/**
	 * Links the positions of one group to their longest shorter prefixes: in string
	 * order, the prefixes of the previous string form a chain (a stack here), and the
	 * longest prefix of the next string is the first of that chain that starts it.
	 */
	private void link(int from, int to) {
		int[] chain = new int[to - from];
		int depth = 0;
		for (int g = from; g < to; g++) {
			String prefix = this.prefixes[this.grouped[g]];
			if (g > from && prefix.equals(this.prefixes[this.grouped[g - 1]])) {
				this.runStarts[g] = this.runStarts[g - 1];
				this.parents[g] = this.parents[g - 1];
				chain[depth - 1] = g;
				continue;
			}
			while (depth > 0 && !prefix.startsWith(this.prefixes[this.grouped[chain[depth - 1]]])) {
				depth--;
			}
			this.runStarts[g] = g;
			this.parents[g] = (depth > 0) ? chain[depth - 1] : -1;
			chain[depth++] = g;
		}
	}

	/**
	 * The filter of the prefixes' hosts, found as a URL's would be (a prefix is the start
	 * of a normalised URL); {@code null} (no filtering) if one cannot be parsed.
	 */
	private static HostFilter hostFilter(String[] prefixes) {
		long[] fingerprints = new long[prefixes.length];
		for (int i = 0; i < prefixes.length; i++) {
			UrlView view = FastUrls.fast(prefixes[i]);
			if (view == null) {
				try {
					view = FastUrls.reference(prefixes[i]);
				}
				catch (UrlFormatException ex) {
					return HostFilter.ALL;
				}
			}
			fingerprints[i] = view.fingerprint(Fingerprints.DOMAIN, view.hostStart(), view.hostEnd());
		}
		return HostFilter.of(fingerprints, fingerprints.length);
	}

	/** The origin of a normalised URL or prefix: everything before its path. */
	static String origin(String prefix) {
		int slash = prefix.indexOf('/', prefix.indexOf("://") + 3);
		return (slash < 0) ? prefix : prefix.substring(0, slash);
	}

	int size() {
		return this.prefixes.length;
	}

	String prefix(int entry) {
		return this.prefixes[entry];
	}

	int payload(int entry) {
		return this.payloads[entry];
	}

	/**
	 * Whether a URL whose host has fingerprint {@code host} ({@link Fingerprints#DOMAIN})
	 * may match a prefix; never false if it does.
	 */
	boolean mayMatch(long host) {
		return this.hosts.mayContain(host);
	}

	/**
	 * Passes every entry whose prefix starts {@code url} to {@code sink}, longest first
	 * (entries of the same prefix in entry order).
	 */
	void collect(UrlView url, EntrySink sink) {
		if (this.prefixes.length == 0) {
			return;
		}
		long fingerprint = url.fingerprint(Fingerprints.ORIGIN, 0, url.pathStart());
		for (int i = this.origins.find(fingerprint); i >= 0 && i < this.origins.size()
				&& this.origins.fingerprint(i) == fingerprint; i++) {
			int group = this.origins.payload(i);
			int from = this.groupStarts[group];
			for (int g = floor(url, from, this.groupStarts[group + 1]); g >= from; g = this.parents[g]) {
				if (url.regionMatches(0, this.prefixes[this.grouped[g]])) {
					collectFrom(g, sink);
					break;
				}
			}
		}
	}

	/**
	 * Passes the entries at position {@code last}, its run and all its shorter prefixes.
	 */
	private void collectFrom(int last, EntrySink sink) {
		for (int g = last; g >= 0; g = this.parents[g]) {
			for (int e = this.runStarts[g]; e <= g; e++) {
				sink.prefix(this.grouped[e]);
			}
		}
	}

	/**
	 * The last position in {@code [from, to)} whose prefix sorts at or before the URL, or
	 * {@code from - 1}.
	 */
	private int floor(UrlView url, int from, int to) {
		int low = from;
		int high = to - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (url.compareTo(this.prefixes[this.grouped[middle]]) >= 0) {
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return high;
	}

	long sizeInBytes() {
		return this.origins.sizeInBytes() + 8L * this.prefixes.length + 12L * this.grouped.length
				+ this.hosts.sizeInBytes();
	}

	/** Receives entry indexes of a URL-prefix or domain index. */
	interface EntrySink {

		void prefix(int entry);

		void domain(int entry);

	}

}
