package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordScans;
import org.consentregistry.registry.consent.WorkDescription;
import org.consentregistry.registry.control.VerifiedControl;

import org.springframework.stereotype.Component;

/**
 * Reads search documents from the store, the source of truth: those a range of journal
 * entries touched (each recorded record with its whole version chain, since updates and
 * withdrawals change their predecessors' status), those of one issuer (after a control
 * change), or all of them (a rebuild).
 */
@Component
class SearchSource {

	private final RecordScans scans;

	private final VerifiedControl control;

	SearchSource(RecordScans scans, VerifiedControl control) {
		this.scans = scans;
		this.control = control;
	}

	/** The documents journal entries {@code from} (inclusive) to {@code to} touched. */
	List<IndexedRecord> journal(long from, long to) {
		Set<RecordId> recorded = new LinkedHashSet<>();
		for (long index = from; index < to; index++) {
			recorded.add(this.scans.recordAt(index));
		}
		List<IndexedRecord> documents = new ArrayList<>();
		this.scans.chains(recorded, (entry, work) -> documents.add(document(entry, work)));
		return documents;
	}

	/**
	 * The document of a new record from what its {@link ConsentRecorded} event carries
	 * (its entry and graph as accepted) instead of the store; the same document as
	 * {@link #journal} reads while no later entry changed the record.
	 * @throws IllegalArgumentException if the event does not carry the record's graph
	 */
	IndexedRecord recorded(ConsentRecorded event) {
		return document(event.entry(),
				event.work()
					.orElseThrow(() -> new IllegalArgumentException(
							"Expected an event with the graph of " + event.entry().record() + " but it has none")));
	}

	/** Every document of {@code issuer}. */
	List<IndexedRecord> issuer(String issuer) {
		List<IndexedRecord> documents = new ArrayList<>();
		this.scans.forEach(issuer, (entry, work) -> documents.add(document(entry, work)));
		return documents;
	}

	/** Every document, handed over in batches of {@code batchSize}. */
	void all(int batchSize, Consumer<List<IndexedRecord>> batches) {
		List<IndexedRecord> batch = new ArrayList<>(batchSize);
		this.scans.forEach(null, (entry, work) -> {
			batch.add(document(entry, work));
			if (batch.size() >= batchSize) {
				batches.accept(List.copyOf(batch));
				batch.clear();
			}
		});
		if (!batch.isEmpty()) {
			batches.accept(List.copyOf(batch));
		}
	}

	private IndexedRecord document(RecordEntry entry, WorkDescription work) {
		boolean verified = false;
		for (Identifier identifier : work.identifiers()) {
			if (this.control.verified(entry.issuer(), identifier)) {
				verified = true;
				break;
			}
		}
		return IndexedRecordMapper.of(entry, work, verified);
	}

}
