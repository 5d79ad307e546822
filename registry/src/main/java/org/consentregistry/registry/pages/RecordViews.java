package org.consentregistry.registry.pages;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.consentregistry.registry.consent.ConsentRecordMapper;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.JournaledCredential;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.WorkDescription;

import org.springframework.stereotype.Component;

/**
 * What the record and work pages show that never changes for one record: its work and
 * terms in plain words, and its credential as embedded JSON-LD. A record is immutable (an
 * update or a withdrawal is a new record with an id of its own), so these are kept per
 * record id and can never be stale; what does change (status, history, control, log
 * inclusion) is read for every page.
 * <p>
 * Only the {@value #CAPACITY} most recently shown are kept: enough for the works many
 * visitors open at once, few enough that visits spread over a large registry (where
 * nearly every page misses) replace entries while they are young instead of churning an
 * old-generation cache, which made the garbage collector's pauses long (see
 * docs/benchmarks.md, "Issue 4: the read path's garbage").
 */
@Component
class RecordViews {

	/** How many records' views are kept. */
	static final int CAPACITY = 256;

	private final ConsentRecords records;

	private final RecentlyUsed<RecordId, Described> described = new RecentlyUsed<>(CAPACITY);

	private final RecentlyUsed<RecordId, String> jsonLd = new RecentlyUsed<>(CAPACITY);

	RecordViews(ConsentRecords records) {
		this.records = records;
	}

	/** The work and terms of a consent credential's record. */
	Described described(RecordEntry credential) {
		return this.described.get(credential.id(), (id) -> describe(credential));
	}

	/** The credential of a record as the text of an embedded JSON-LD block. */
	String jsonLd(RecordEntry entry) {
		return this.jsonLd.get(entry.id(),
				(id) -> this.records.originalBytes(entry).map(RecordModel::embeddable).orElse("{}"));
	}

	/**
	 * Describes a record from its journal entry, which also gives its embedded JSON-LD
	 * (kept for the {@link #jsonLd} that follows), and from the store's copy of its graph
	 * only if it has none: a read of the store would fill TDB2's node caches with the
	 * record's nodes (see {@link ConsentRecords#journaled}).
	 */
	private Described describe(RecordEntry entry) {
		Optional<JournaledCredential> journaled = this.records.journaled(entry);
		journaled.ifPresent((credential) -> this.jsonLd.put(entry.id(), RecordModel.embeddable(credential.original())));
		Graph graph = journaled.map(JournaledCredential::graph)
			.orElseGet(() -> this.records.graph(entry.id()).orElseThrow());
		WorkDescription work = ConsentRecordMapper.describe(graph, entry.credential());
		return new Described(work, work.identifiers().stream().map(ControlRows::describe).toList(),
				TermsRow.of(work.rules()));
	}

	/**
	 * A record's work and terms as the pages show them.
	 *
	 * @param work what the record's graph says
	 * @param identifiers its identifiers in plain words
	 * @param terms its terms, one row a purpose
	 */
	record Described(WorkDescription work, List<String> identifiers, List<TermsRow> terms) {
	}

}
