package org.consentregistry.blocker.engine;

/**
 * The entries of compiled rules grouped by record, in table order, so that the compiled
 * form of one record can be compared with that of a record of other rules.
 */
final class RecordEntries {

	private final CompiledRules rules;

	private final Grouping exact;

	private final Grouping hashes;

	private final Grouping prefixes;

	private final Grouping domains;

	RecordEntries(CompiledRules rules) {
		this.rules = rules;
		int records = rules.records().size();
		FingerprintTable exactTable = rules.exactUrls().table();
		FingerprintTable hashTable = rules.hashes().table();
		this.exact = new Grouping(records, exactTable.size(), exactTable::payload);
		this.hashes = new Grouping(records, hashTable.size(), hashTable::payload);
		this.prefixes = new Grouping(records, rules.prefixes().size(), rules.prefixes()::payload);
		this.domains = new Grouping(records, rules.domains().size(), rules.domains()::payload);
	}

	/**
	 * Whether record {@code mine} has the same entries (keys and flags, in order) as
	 * record {@code theirs} of {@code other}.
	 */
	boolean same(int mine, RecordEntries other, int theirs) {
		return sameTable(this.exact, this.rules.exactUrls().table(), mine, other.exact, other.rules.exactUrls().table(),
				theirs)
				&& sameTable(this.hashes, this.rules.hashes().table(), mine, other.hashes, other.rules.hashes().table(),
						theirs)
				&& sameStrings(mine, other, theirs);
	}

	private static boolean sameTable(Grouping a, FingerprintTable ta, int ra, Grouping b, FingerprintTable tb, int rb) {
		if (a.count(ra) != b.count(rb)) {
			return false;
		}
		for (int k = 0; k < a.count(ra); k++) {
			int i = a.entry(ra, k);
			int j = b.entry(rb, k);
			if (ta.fingerprint(i) != tb.fingerprint(j) || flags(ta.payload(i)) != flags(tb.payload(j))) {
				return false;
			}
		}
		return true;
	}

	private boolean sameStrings(int mine, RecordEntries other, int theirs) {
		PrefixIndex pa = this.rules.prefixes();
		PrefixIndex pb = other.rules.prefixes();
		DomainIndex da = this.rules.domains();
		DomainIndex db = other.rules.domains();
		if (this.prefixes.count(mine) != other.prefixes.count(theirs)
				|| this.domains.count(mine) != other.domains.count(theirs)) {
			return false;
		}
		for (int k = 0; k < this.prefixes.count(mine); k++) {
			int i = this.prefixes.entry(mine, k);
			int j = other.prefixes.entry(theirs, k);
			if (!pa.prefix(i).equals(pb.prefix(j)) || flags(pa.payload(i)) != flags(pb.payload(j))) {
				return false;
			}
		}
		for (int k = 0; k < this.domains.count(mine); k++) {
			int i = this.domains.entry(mine, k);
			int j = other.domains.entry(theirs, k);
			if (!da.host(i).equals(db.host(j)) || da.includesSubdomains(i) != db.includesSubdomains(j)
					|| flags(da.payload(i)) != flags(db.payload(j))) {
				return false;
			}
		}
		return true;
	}

	private static int flags(int payload) {
		return Payload.withRecord(payload, 0);
	}

	/** Entry indexes of one table grouped by record (a counting sort, stable). */
	private static final class Grouping {

		private final int[] start;

		private final int[] entries;

		Grouping(int records, int size, java.util.function.IntUnaryOperator payload) {
			this.start = new int[records + 1];
			for (int i = 0; i < size; i++) {
				this.start[Payload.record(payload.applyAsInt(i)) + 1]++;
			}
			for (int r = 0; r < records; r++) {
				this.start[r + 1] += this.start[r];
			}
			int[] next = this.start.clone();
			this.entries = new int[size];
			for (int i = 0; i < size; i++) {
				this.entries[next[Payload.record(payload.applyAsInt(i))]++] = i;
			}
		}

		int count(int record) {
			return this.start[record + 1] - this.start[record];
		}

		int entry(int record, int k) {
			return this.entries[this.start[record] + k];
		}

	}

}
