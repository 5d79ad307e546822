package org.consentregistry.blocker.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.consentregistry.blocker.url.UrlFormatException;

/**
 * URL prefixes grouped by origin ({@code scheme://host[:port]}): a fingerprint table from
 * origin to group, and in each group its prefixes longest first. A URL reads one table
 * slot; only URLs on an origin with prefixes compare strings, and every prefix that
 * matches is found, longest first.
 */
final class PrefixIndex {

	static final PrefixIndex EMPTY = new PrefixIndex(new String[0], new int[0]);

	/** The prefixes, sorted by string then payload (the serialised order). */
	private final String[] prefixes;

	private final int[] payloads;

	/** Entry indexes, grouped by origin, longest prefix first within a group. */
	private final int[] grouped;

	/** Origin fingerprint to its group number. */
	private final FingerprintTable origins;

	/** Where each group starts in {@link #grouped}, and one past the last. */
	private final int[] groupStarts;

	/** The hosts of the prefixes, so that URLs on other hosts skip the lookup. */
	private final HostFilter hosts;

	PrefixIndex(String[] prefixes, int[] payloads) {
		this.prefixes = prefixes;
		this.payloads = payloads;
		Integer[] order = new Integer[prefixes.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order,
				Comparator.comparing((Integer i) -> origin(prefixes[i]))
					.thenComparing((Integer i) -> -prefixes[i].length())
					.thenComparing((Integer i) -> i));
		this.grouped = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		List<Integer> starts = new ArrayList<>();
		for (int g = 0; g < this.grouped.length; g++) {
			if (g == 0 || !origin(prefixes[this.grouped[g]]).equals(origin(prefixes[this.grouped[g - 1]]))) {
				starts.add(g);
			}
		}
		starts.add(this.grouped.length);
		this.groupStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		int groups = this.groupStarts.length - 1;
		long[] fingerprints = new long[groups];
		int[] numbers = new int[groups];
		for (int k = 0; k < groups; k++) {
			fingerprints[k] = Fingerprints.of(Fingerprints.ORIGIN, origin(prefixes[this.grouped[this.groupStarts[k]]]));
			numbers[k] = k;
		}
		FingerprintTable.sort(fingerprints, numbers, groups);
		this.origins = new FingerprintTable(fingerprints, numbers);
		this.hosts = hostFilter(prefixes);
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
	 * Passes every entry whose prefix starts {@code url} to {@code sink}, longest first.
	 */
	void collect(UrlView url, EntrySink sink) {
		if (this.prefixes.length == 0) {
			return;
		}
		long fingerprint = url.fingerprint(Fingerprints.ORIGIN, 0, url.pathStart());
		for (int i = this.origins.find(fingerprint); i >= 0 && i < this.origins.size()
				&& this.origins.fingerprint(i) == fingerprint; i++) {
			int group = this.origins.payload(i);
			for (int g = this.groupStarts[group]; g < this.groupStarts[group + 1]; g++) {
				int entry = this.grouped[g];
				if (url.regionMatches(0, this.prefixes[entry])) {
					sink.prefix(entry);
				}
			}
		}
	}

	long sizeInBytes() {
		return this.origins.sizeInBytes() + 8L * this.prefixes.length + 8L * this.grouped.length
				+ this.hosts.sizeInBytes();
	}

	/** Receives entry indexes of a URL-prefix or domain index. */
	interface EntrySink {

		void prefix(int entry);

		void domain(int entry);

	}

}
