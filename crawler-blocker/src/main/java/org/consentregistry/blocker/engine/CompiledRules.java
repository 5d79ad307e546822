package org.consentregistry.blocker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ConsentRules;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Match;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.url.UrlFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Consent records compiled for fast decisions: exact URLs and SHA-256 hashes as 64-bit
 * fingerprints in exact tables behind pre-filters (the binary fuse filter that the
 * snapshot format stores, and a blocked Bloom filter that lookups probe, one cache line a
 * probe), URL prefixes and domains in longest-match indexes, evidence records by index.
 * Immutable and thread-safe. It decides exactly as {@link ConsentRules} does over the
 * same records (a differential test checks answer and evidence); make one with
 * {@link RuleCompiler}, or read one from a snapshot. Design and the fingerprint collision
 * bound: {@code docs/design/engine.md}.
 */
public final class CompiledRules {

	private static final Decision NO_MATCH = new Decision(Answer.UNKNOWN, Decision.NO_MATCHING_RECORD, List.of());

	private static final String SHA256_PREFIX = "sha256:";

	/** Each thread's scratch view of the URL being decided. */
	private static final ThreadLocal<UrlView> SCRATCH = ThreadLocal.withInitial(UrlView::new);

	private static final ControlVerifier VERIFIED = (issuer, identifier) -> true;

	private static final ControlVerifier UNVERIFIED = (issuer, identifier) -> false;

	private final @Nullable Purpose purpose;

	private final List<ConsentRecord> records;

	private final Table exactUrls;

	private final Table hashes;

	private final FingerprintTable exactTable;

	private final BlockedBloomFilter exactProbe;

	private final FingerprintTable hashTable;

	private final BlockedBloomFilter hashProbe;

	private final PrefixIndex prefixes;

	private final DomainIndex domains;

	private final @Nullable ControlVerifier verifier;

	CompiledRules(@Nullable Purpose purpose, List<ConsentRecord> records, Table exactUrls, Table hashes,
			PrefixIndex prefixes, DomainIndex domains, @Nullable ControlVerifier verifier) {
		this.purpose = purpose;
		this.records = records;
		this.exactUrls = exactUrls;
		this.hashes = hashes;
		this.exactTable = exactUrls.table();
		this.exactProbe = exactUrls.probe();
		this.hashTable = hashes.table();
		this.hashProbe = hashes.probe();
		this.prefixes = prefixes;
		this.domains = domains;
		this.verifier = verifier;
	}

	/**
	 * Decides {@code query} against the records in force at {@code query.at()}.
	 * @param query the question; a URL (normalised here) or {@code sha256:<hex>}; for
	 * rules compiled for one purpose, its purpose must be that one
	 * @return the answer, the combining rule that gave it and the evidence
	 * @throws UrlFormatException if the identifier is neither a usable http(s) URL nor a
	 * SHA-256
	 * @throws IllegalArgumentException if the query asks about another purpose than the
	 * one compiled
	 */
	public Decision decide(Query query) throws UrlFormatException {
		checkPurpose(query);
		String identifier = query.identifier().trim();
		if (isSha256(identifier)) {
			return decideHash(identifier, query);
		}
		UrlView scratch = SCRATCH.get();
		if (scratch.busy) {
			scratch = new UrlView();
		}
		scratch.busy = true;
		try {
			return decideUrl(FastUrls.scan(identifier, scratch), query);
		}
		finally {
			scratch.busy = false;
		}
	}

	/**
	 * Decides every query of {@code batch}: the same decisions, and the same failures, as
	 * {@link #decide(Query)} of each, but with the URLs of the whole batch normalised and
	 * fingerprinted first, then their filter words read in one tight loop, then their
	 * table buckets, so that the cache misses of the batch overlap instead of each
	 * decision waiting for its own.
	 * @param batch the queries, with room for their decisions
	 * @throws IllegalArgumentException if a query asks about another purpose than the one
	 * compiled (no decision of the batch is then available)
	 */
	public void decide(DecisionBatch batch) {
		int n = batch.size;
		for (int i = 0; i < n; i++) {
			prepare(batch, i);
		}
		BlockedBloomFilter probe = this.exactProbe;
		long[] fingerprints = batch.fingerprints;
		int[] firsts = batch.firsts;
		for (int i = 0; i < n; i++) {
			firsts[i] = probe.mayContain(fingerprints[i]) ? 0 : -1;
		}
		FingerprintTable table = this.exactTable;
		for (int i = 0; i < n; i++) {
			if (firsts[i] == 0) {
				firsts[i] = (batch.urls[i] != null) ? table.find(fingerprints[i]) : -1;
			}
		}
		touchRecords(batch, n);
		for (int i = 0; i < n; i++) {
			UrlView url = batch.urls[i];
			if (url != null) {
				batch.decisions[i] = decideUrl(url, batch.queries[i], fingerprints[i], firsts[i]);
			}
		}
	}

	/**
	 * Reads, for every URL of the batch with an exact entry, the parts of its record that
	 * deciding reads (record, rule list, first rule, start instant), in one loop so that
	 * their cache misses overlap; the sum is kept so that the reads are not dropped.
	 */
	private void touchRecords(DecisionBatch batch, int n) {
		FingerprintTable table = this.exactTable;
		long touched = 0;
		for (int i = 0; i < n; i++) {
			int first = batch.firsts[i];
			if (first >= 0) {
				ConsentRecord record = this.records.get(Payload.record(table.payload(first)));
				List<Rule> rules = record.rules();
				touched += rules.isEmpty() ? 0 : rules.get(0).effect().ordinal() + record.effectiveFrom().getNano();
			}
		}
		batch.touched = touched;
	}

	/**
	 * Normalises and fingerprints the URL of query {@code i}, or decides it at once if it
	 * is a hash or fails.
	 */
	private void prepare(DecisionBatch batch, int i) {
		Query query = Objects.requireNonNull(batch.queries[i]);
		checkPurpose(query);
		batch.urls[i] = null;
		batch.fingerprints[i] = 0;
		batch.decisions[i] = null;
		batch.failures[i] = null;
		String identifier = query.identifier().trim();
		try {
			if (isSha256(identifier)) {
				batch.decisions[i] = decideHash(identifier, query);
				return;
			}
			UrlView url = FastUrls.scan(identifier, batch.scratch[i]);
			batch.fingerprints[i] = url.fingerprint(Fingerprints.EXACT_URL, 0, url.length());
			batch.urls[i] = url;
		}
		catch (UrlFormatException ex) {
			batch.failures[i] = ex;
		}
	}

	private void checkPurpose(Query query) {
		if (this.purpose != null && query.purpose() != this.purpose) {
			throw new IllegalArgumentException("expected a query for purpose " + this.purpose.token()
					+ ", the purpose these rules were compiled for, got " + query.purpose().token());
		}
	}

	private static boolean isSha256(String identifier) {
		return identifier.length() >= SHA256_PREFIX.length() && (identifier.charAt(0) | 0x20) == 's'
				&& identifier.regionMatches(true, 0, SHA256_PREFIX, 0, SHA256_PREFIX.length());
	}

	private Decision decideHash(String identifier, Query query) throws UrlFormatException {
		String hex = sha256Hex(identifier.substring(SHA256_PREFIX.length()));
		long fingerprint = Fingerprints.sha256(hex);
		Collector matches = null;
		if (this.hashProbe.mayContain(fingerprint)) {
			FingerprintTable table = this.hashTable;
			for (int i = table.find(fingerprint); i >= 0 && i < table.size()
					&& table.fingerprint(i) == fingerprint; i++) {
				matches = (matches != null) ? matches : new Collector(this, query);
				matches.add(table.payload(i), new Identifier.Sha256(hex));
			}
		}
		return (matches == null || matches.isEmpty()) ? NO_MATCH : matches.decision();
	}

	private Decision decideUrl(UrlView url, Query query) {
		long fingerprint = url.fingerprint(Fingerprints.EXACT_URL, 0, url.length());
		int first = this.exactProbe.mayContain(fingerprint) ? this.exactTable.find(fingerprint) : -1;
		return decideUrl(url, query, fingerprint, first);
	}

	/**
	 * The decision for a URL whose exact entries (if any) start at {@code first}: then,
	 * only if the host filters let it through, prefixes and domains (the host's
	 * fingerprint computed once for both filters and the domain lookup). A URL that
	 * matches nothing allocates nothing; one with a single exact entry and no candidate
	 * prefix or domain is decided without collecting.
	 */
	private Decision decideUrl(UrlView url, Query query, long fingerprint, int first) {
		FingerprintTable table = this.exactTable;
		boolean prefix = false;
		boolean domain = false;
		if (this.prefixes.size() != 0 || this.domains.size() != 0) {
			long host = url.fingerprint(Fingerprints.DOMAIN, url.hostStart(), url.hostEnd());
			prefix = this.prefixes.mayMatch(host);
			domain = this.domains.mayMatch(url, host);
		}
		if (!prefix && !domain) {
			if (first < 0) {
				return NO_MATCH;
			}
			if (first + 1 >= table.size() || table.fingerprint(first + 1) != fingerprint) {
				return decideOne(table.payload(first), new Identifier.ExactUrl(url.url()), query);
			}
		}
		Collector matches = new Collector(this, query);
		for (int i = first; i >= 0 && i < table.size() && table.fingerprint(i) == fingerprint; i++) {
			matches.add(table.payload(i), new Identifier.ExactUrl(url.url()));
		}
		if (prefix) {
			this.prefixes.collect(url, matches);
		}
		if (domain) {
			this.domains.collect(url, matches);
		}
		return matches.isEmpty() ? NO_MATCH : matches.decision();
	}

	/** The decision for one entry's record, if in force. */
	private Decision decideOne(int payload, Identifier matchedBy, Query query) {
		ConsentRecord record = this.records.get(Payload.record(payload));
		if (!record.inForceAt(query.at())) {
			return NO_MATCH;
		}
		ControlVerifier verifier = (this.verifier != null) ? this.verifier
				: Payload.verified(payload) ? VERIFIED : UNVERIFIED;
		return ConsentRules.combineOne(record, matchedBy, query, verifier);
	}

	static String sha256Hex(String hex) throws UrlFormatException {
		boolean valid = hex.length() == 64;
		for (int i = 0; valid && i < 64; i++) {
			char c = hex.charAt(i);
			valid = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
		}
		if (!valid) {
			throw new UrlFormatException("expected 'sha256:' followed by 64 hex digits, got 'sha256:"
					+ ((hex.length() > 80) ? hex.substring(0, 80) + "..." : hex) + "'");
		}
		return hex.toLowerCase(Locale.ROOT);
	}

	/** The purpose these rules were compiled for, or {@code null} for every purpose. */
	public @Nullable Purpose purpose() {
		return this.purpose;
	}

	/** How many records, exact URLs, hashes, prefixes and domains the rules hold. */
	public Counts counts() {
		return new Counts(this.records.size(), this.exactUrls.table().size(), this.hashes.table().size(),
				this.prefixes.size(), this.domains.size());
	}

	/**
	 * The bytes held by the exact tables and their filters (fingerprints, payloads,
	 * directories, filter arrays), without the evidence records.
	 */
	public long exactBytes() {
		return this.exactUrls.sizeInBytes() + this.hashes.sizeInBytes();
	}

	List<ConsentRecord> records() {
		return this.records;
	}

	Table exactUrls() {
		return this.exactUrls;
	}

	Table hashes() {
		return this.hashes;
	}

	PrefixIndex prefixes() {
		return this.prefixes;
	}

	DomainIndex domains() {
		return this.domains;
	}

	/**
	 * Counts of compiled entries.
	 *
	 * @param records evidence records
	 * @param exactUrls exact-URL entries
	 * @param sha256 content-hash entries
	 * @param urlPrefixes URL-prefix entries
	 * @param domains domain entries
	 */
	public record Counts(int records, int exactUrls, int sha256, int urlPrefixes, int domains) {
	}

	/**
	 * An exact table and its pre-filters.
	 *
	 * @param table the fingerprints and payloads
	 * @param filter the binary fuse filter over the same fingerprints, as the format
	 * stores it
	 * @param probe the blocked Bloom filter over the same fingerprints that lookups
	 * probe: one cache line a probe instead of three
	 */
	record Table(FingerprintTable table, BinaryFuseFilter filter, BlockedBloomFilter probe) {

		static final Table EMPTY = new Table(FingerprintTable.EMPTY, BinaryFuseFilter.EMPTY);

		/** A table with its stored filter; builds the probed one. */
		Table(FingerprintTable table, BinaryFuseFilter filter) {
			this(table, filter, BlockedBloomFilter.of(table));
		}

		long sizeInBytes() {
			return this.table.sizeInBytes() + this.filter.sizeInBytes() + this.probe.sizeInBytes();
		}

	}

	/**
	 * The matches of one decision, of records in force at the query's time. Each match
	 * has its own identifier object, so that the verified flag of its entry can be found
	 * by identity.
	 */
	private static final class Collector implements PrefixIndex.EntrySink {

		private final CompiledRules rules;

		private final Query query;

		private @Nullable List<Match> matches;

		private @Nullable List<Identifier> verified;

		Collector(CompiledRules rules, Query query) {
			this.rules = rules;
			this.query = query;
		}

		@Override
		public void prefix(int entry) {
			PrefixIndex prefixes = this.rules.prefixes;
			add(prefixes.payload(entry), new Identifier.UrlPrefix(prefixes.prefix(entry)));
		}

		@Override
		public void domain(int entry) {
			DomainIndex domains = this.rules.domains;
			add(domains.payload(entry), new Identifier.Domain(domains.host(entry), domains.includesSubdomains(entry)));
		}

		void add(int payload, Identifier matchedBy) {
			ConsentRecord record = this.rules.records.get(Payload.record(payload));
			if (record.inForceAt(this.query.at())) {
				if (this.matches == null) {
					this.matches = new ArrayList<>(4);
				}
				this.matches.add(new Match(record, matchedBy));
				if (Payload.verified(payload)) {
					if (this.verified == null) {
						this.verified = new ArrayList<>(2);
					}
					this.verified.add(matchedBy);
				}
			}
		}

		boolean isEmpty() {
			return this.matches == null;
		}

		Decision decision() {
			return ConsentRules.combine(matches(), this.query,
					(this.rules.verifier != null) ? this.rules.verifier : this::verified);
		}

		List<Match> matches() {
			return (this.matches != null) ? this.matches : new ArrayList<>();
		}

		/** Whether the match with this identifier object carried the verified flag. */
		boolean verified(String issuer, Identifier identifier) {
			if (this.verified != null) {
				for (Identifier v : this.verified) {
					if (v == identifier) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
