package org.consentregistry.registry.pages;

import java.util.List;

import org.consentregistry.registry.consent.ConsentRecordMapper;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.WorkDescription;

import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

/**
 * What the record and work pages show that never changes for one record: its work and
 * terms in plain words, and its credential as embedded JSON-LD. A record is immutable (an
 * update or a withdrawal is a new record with an id of its own), so these are kept per
 * record id, the {@value #CAPACITY} most recently used, and can never be stale; what does
 * change (status, history, control, log inclusion) is read for every page.
 */
@Component
class RecordViews {

	/** How many records' views are kept. */
	static final int CAPACITY = 4096;

	private final ConcurrentLruCache<RecordId, Described> described;

	private final ConcurrentLruCache<RecordId, String> jsonLd;

	RecordViews(ConsentRecords records) {
		this.described = new ConcurrentLruCache<>(CAPACITY, (id) -> describe(records, id));
		this.jsonLd = new ConcurrentLruCache<>(CAPACITY,
				(id) -> records.originalBytes(id).map(RecordModel::embeddable).orElse("{}"));
	}

	/** The work and terms of a consent credential's record. */
	Described described(RecordEntry credential) {
		return this.described.get(credential.id());
	}

	/** The credential of a record as the text of an embedded JSON-LD block. */
	String jsonLd(RecordEntry entry) {
		return this.jsonLd.get(entry.id());
	}

	private static Described describe(ConsentRecords records, RecordId id) {
		RecordEntry entry = records.find(id).orElseThrow();
		WorkDescription work = ConsentRecordMapper.describe(records.graph(id).orElseThrow(), entry.credential());
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
