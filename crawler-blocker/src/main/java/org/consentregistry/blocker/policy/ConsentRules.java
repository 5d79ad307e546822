package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.consentregistry.blocker.url.UrlFormatException;

/**
 * The decision engine: an immutable, thread-safe index of consent records that decides
 * {@link Query queries} (how, in {@code docs/decisions.md}). Build it with
 * {@link #compile}; derive updated copies with {@link #with} and {@link #without} (cheap:
 * changes go to a small overlay that is folded into the main index from time to time),
 * e.g. held in an {@code AtomicReference} and swapped with {@code updateAndGet}.
 */
public final class ConsentRules {

	private static final int MIN_OVERLAY = 64;

	private final RuleIndex base;

	private final RuleIndex overlay;

	/** Ids of records in {@code base} that are removed or replaced by the overlay. */
	private final Set<String> hidden;

	private final ControlVerifier verifier;

	private ConsentRules(RuleIndex base, RuleIndex overlay, Set<String> hidden, ControlVerifier verifier) {
		this.base = base;
		this.overlay = overlay;
		this.hidden = hidden;
		this.verifier = verifier;
	}

	/**
	 * Compiles {@code records} with nothing verified; of duplicate ids the last counts.
	 */
	public static ConsentRules compile(Collection<ConsentRecord> records) {
		return compile(records, ControlVerifier.none());
	}

	/** Compiles {@code records}, asking {@code verifier} whose control is verified. */
	public static ConsentRules compile(Collection<ConsentRecord> records, ControlVerifier verifier) {
		List<CompiledRecord> compiled = new ArrayList<>(records.size());
		for (ConsentRecord record : records) {
			compiled.add(CompiledRecord.of(record));
		}
		return new ConsentRules(RuleIndex.of(compiled), RuleIndex.EMPTY, Set.of(), verifier);
	}

	/** A copy with {@code record} added, or replacing the record with the same id. */
	public ConsentRules with(ConsentRecord record) {
		Map<String, CompiledRecord> overlayRecords = new LinkedHashMap<>(this.overlay.records());
		overlayRecords.put(record.recordId(), CompiledRecord.of(record));
		return next(hide(record.recordId()), overlayRecords.values());
	}

	/** A copy without the record {@code recordId}; the same rules if there is none. */
	public ConsentRules without(String recordId) {
		if (record(recordId).isEmpty()) {
			return this;
		}
		Map<String, CompiledRecord> overlayRecords = new LinkedHashMap<>(this.overlay.records());
		overlayRecords.remove(recordId);
		return next(hide(recordId), overlayRecords.values());
	}

	/** A copy that asks {@code verifier} whose control is verified. */
	public ConsentRules withVerifier(ControlVerifier verifier) {
		return new ConsentRules(this.base, this.overlay, this.hidden, verifier);
	}

	/** The number of records. */
	public int size() {
		return this.base.size() - this.hidden.size() + this.overlay.size();
	}

	/** The record with id {@code recordId}, if present. */
	public Optional<ConsentRecord> record(String recordId) {
		CompiledRecord record = this.overlay.records().get(recordId);
		if (record == null && !this.hidden.contains(recordId)) {
			record = this.base.records().get(recordId);
		}
		return Optional.ofNullable(record).map(CompiledRecord::record);
	}

	/**
	 * Decides {@code query} against the records in force at {@code query.at()}.
	 * @param query the question; its identifier is a URL (normalised here) or
	 * {@code sha256:<hex>}
	 * @return the answer, the combining rule that gave it and the evidence
	 * @throws UrlFormatException if the identifier is neither a usable http(s) URL nor a
	 * SHA-256
	 */
	public Decision decide(Query query) throws UrlFormatException {
		Target target = Target.of(query.identifier());
		List<Match> matches = new ArrayList<>();
		this.base.collect(target, query.at(), this.hidden, matches);
		if (this.overlay.size() > 0) {
			this.overlay.collect(target, query.at(), Set.of(), matches);
		}
		return Combiner.decide(matches, query, this.verifier);
	}

	private Set<String> hide(String recordId) {
		if (!this.base.records().containsKey(recordId) || this.hidden.contains(recordId)) {
			return this.hidden;
		}
		Set<String> hidden = new HashSet<>(this.hidden);
		hidden.add(recordId);
		return hidden;
	}

	private ConsentRules next(Set<String> hidden, Collection<CompiledRecord> overlayRecords) {
		int limit = Math.max(MIN_OVERLAY, (int) Math.sqrt(this.base.size()));
		if (hidden.size() + overlayRecords.size() <= limit) {
			return new ConsentRules(this.base, RuleIndex.of(overlayRecords), Set.copyOf(hidden), this.verifier);
		}
		List<CompiledRecord> all = new ArrayList<>(size() + overlayRecords.size());
		for (CompiledRecord record : this.base.records().values()) {
			if (!hidden.contains(record.recordId())) {
				all.add(record);
			}
		}
		all.addAll(overlayRecords);
		return new ConsentRules(RuleIndex.of(all), RuleIndex.EMPTY, Set.of(), this.verifier);
	}

}
