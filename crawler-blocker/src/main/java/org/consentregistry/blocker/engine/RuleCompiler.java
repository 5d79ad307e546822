package org.consentregistry.blocker.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Compiles consent records into {@link CompiledRules}: add records one by one (they are
 * not kept whole: only their id, issuer, times and rules stay as evidence; identifiers go
 * into the tables), then {@link #compile} once. Of records with the same id the last one
 * counts. The output is deterministic: records in id order, entries in fingerprint order.
 */
public final class RuleCompiler {

	private final @Nullable Purpose purpose;

	private final ControlVerifier verifier;

	private final @Nullable Instant verifiedAt;

	private final List<@Nullable ConsentRecord> records = new ArrayList<>();

	private final Map<String, Integer> byId = new HashMap<>();

	private final Postings postings = new Postings();

	/**
	 * A compiler whose rules ask {@code verifier} about control at decision time, for the
	 * query's instant.
	 * @param purpose the purpose to compile for: only records with a rule about it or a
	 * broader purpose are kept; {@code null} keeps every record and answers for every
	 * purpose
	 * @param verifier whose control of an identifier is verified
	 */
	public RuleCompiler(@Nullable Purpose purpose, ControlVerifier verifier) {
		this(purpose, verifier, null);
	}

	/**
	 * A compiler for a snapshot: control is asked of {@code verifier} once per entry, for
	 * {@code verifiedAt}, and kept as a flag of the entry.
	 * @param purpose the purpose to compile for, or {@code null} for every purpose
	 * @param verifier whose control of an identifier is verified
	 * @param verifiedAt the instant control is asked for, or {@code null} to ask at
	 * decision time instead
	 */
	public RuleCompiler(@Nullable Purpose purpose, ControlVerifier verifier, @Nullable Instant verifiedAt) {
		this.purpose = purpose;
		this.verifier = verifier;
		this.verifiedAt = verifiedAt;
	}

	/**
	 * Adds a record; identifiers that cannot be normalised are left out (they could never
	 * match).
	 * @return whether the record was kept (it has a rule about the purpose)
	 */
	public boolean add(ConsentRecord record) {
		Integer previous = this.byId.remove(record.recordId());
		if (previous != null) {
			this.records.set(previous, null);
		}
		if (this.purpose != null && record.rules().stream().noneMatch((rule) -> rule.purpose().covers(this.purpose))) {
			return false;
		}
		int index = this.records.size();
		if (index > Payload.MAX_RECORD) {
			throw new IllegalStateException("expected at most " + Payload.MAX_RECORD + " records, got more");
		}
		this.byId.put(record.recordId(), index);
		this.records.add(new ConsentRecord(record.recordId(), record.issuer(), List.of(), record.rules(),
				record.effectiveFrom(), record.effectiveUntil(), record.validFrom(), record.validUntil()));
		boolean prohibits = prohibits(record.rules(), this.purpose);
		for (Identifier identifier : record.identifiers()) {
			Identifier normal = normalize(identifier);
			if (normal != null) {
				boolean verified = this.verifiedAt != null
						&& this.verifier.verified(record.issuer(), normal, this.verifiedAt);
				this.postings.add(normal, Payload.of(index, prohibits, verified));
			}
		}
		return true;
	}

	/** Compiles the records added so far. */
	public CompiledRules compile() {
		Integer[] order = new Integer[this.records.size()];
		int kept = 0;
		for (int i = 0; i < order.length; i++) {
			if (this.records.get(i) != null) {
				order[kept++] = i;
			}
		}
		Integer[] sorted = Arrays.copyOf(order, kept);
		Arrays.sort(sorted, Comparator.comparing((Integer i) -> recordAt(i).recordId()));
		int[] remap = new int[this.records.size()];
		Arrays.fill(remap, -1);
		List<ConsentRecord> out = new ArrayList<>(kept);
		for (Integer i : sorted) {
			remap[i] = out.size();
			out.add(recordAt(i));
		}
		return this.postings.build(this.purpose, List.copyOf(out), remap,
				(this.verifiedAt != null) ? null : this.verifier);
	}

	private ConsentRecord recordAt(int i) {
		ConsentRecord record = this.records.get(i);
		if (record == null) {
			throw new IllegalStateException("record " + i + " was replaced");
		}
		return record;
	}

	private static @Nullable Identifier normalize(Identifier identifier) {
		try {
			if (identifier instanceof Identifier.ExactUrl exact) {
				return new Identifier.ExactUrl(FastUrls.parse(exact.url()).url());
			}
			if (identifier instanceof Identifier.UrlPrefix prefix) {
				return new Identifier.UrlPrefix(UrlNormalizer.normalize(prefix.prefix()));
			}
			if (identifier instanceof Identifier.Domain domain) {
				return new Identifier.Domain(UrlNormalizer.normalizeHost(domain.host()), domain.includeSubdomains());
			}
			if (identifier instanceof Identifier.Sha256 sha256) {
				return new Identifier.Sha256(CompiledRules.sha256Hex(sha256.hex()));
			}
		}
		catch (UrlFormatException ex) {
			return null;
		}
		return null;
	}

	/** Whether a rule list has a prohibition covering {@code purpose}. */
	static boolean prohibits(List<Rule> rules, @Nullable Purpose purpose) {
		return rules.stream()
			.anyMatch(
					(rule) -> rule.effect() == Effect.PROHIBIT && (purpose == null || rule.purpose().covers(purpose)));
	}

}
