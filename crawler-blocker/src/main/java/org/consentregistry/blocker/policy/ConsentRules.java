package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.consentregistry.blocker.url.UrlFormatException;

/**
 * The decision engine: an immutable, thread-safe index of consent records that decides
 * {@link Query queries} (how, in {@code docs/decisions.md}). Build it with
 * {@link #compile}; derive updated copies with {@link #with} and {@link #without}, which
 * are cheap (a change rebuilds a small top level of the index; full levels are merged
 * into larger ones from time to time). The registry holds it in an
 * {@code AtomicReference} and swaps it with {@code updateAndGet}.
 */
public final class ConsentRules {

	private final LayeredIndex index;

	private final ControlVerifier verifier;

	private ConsentRules(LayeredIndex index, ControlVerifier verifier) {
		this.index = index;
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
		return new ConsentRules(LayeredIndex.of(compiled), verifier);
	}

	/** A copy with {@code record} added, or replacing the record with the same id. */
	public ConsentRules with(ConsentRecord record) {
		return new ConsentRules(this.index.with(CompiledRecord.of(record)), this.verifier);
	}

	/** A copy without the record {@code recordId}; the same rules if there is none. */
	public ConsentRules without(String recordId) {
		LayeredIndex index = this.index.without(recordId);
		return (index == this.index) ? this : new ConsentRules(index, this.verifier);
	}

	/** A copy that asks {@code verifier} whose control is verified. */
	public ConsentRules withVerifier(ControlVerifier verifier) {
		return new ConsentRules(this.index, verifier);
	}

	/** The number of records. */
	public int size() {
		return this.index.size();
	}

	/** The record with id {@code recordId}, if present. */
	public Optional<ConsentRecord> record(String recordId) {
		return Optional.ofNullable(this.index.record(recordId)).map(CompiledRecord::record);
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
		this.index.collect(target, query.at(), matches);
		return Combiner.decide(matches, query, this.verifier);
	}

	/**
	 * Combines matches found by another index of the same records exactly as
	 * {@link #decide} combines its own: any applicable refusal wins, then a verified
	 * permission, else unknown. The compiled engine uses it so that both engines always
	 * give the same answer and evidence.
	 * @param matches the matches of records in force at {@code query.at()}, each with the
	 * normalised identifier that matched; the list may be reordered
	 * @param query the question
	 * @param verifier whose control of an identifier is verified
	 * @return the decision
	 */
	public static Decision combine(List<Match> matches, Query query, ControlVerifier verifier) {
		return Combiner.decide(matches, query, verifier);
	}

	/**
	 * What {@link #combine} gives for a single match: the decision for one record in
	 * force at {@code query.at()} whose identifier {@code matchedBy} matched, built
	 * without intermediate lists (the compiled engine's common case of one exact match).
	 * @param record the record, in force at the query's time
	 * @param matchedBy its normalised identifier that matched
	 * @param query the question
	 * @param verifier whose control of an identifier is verified
	 * @return the decision
	 */
	public static Decision combineOne(ConsentRecord record, Identifier matchedBy, Query query,
			ControlVerifier verifier) {
		return Combiner.decideOne(record, matchedBy, query, verifier);
	}

}
