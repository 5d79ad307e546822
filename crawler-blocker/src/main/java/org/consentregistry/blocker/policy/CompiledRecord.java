package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A record with its identifiers normalised once, so that re-indexing it (when the overlay
 * of {@link ConsentRules} is rebuilt or folded in) does not normalise again.
 *
 * @param record the record as given
 * @param identifiers its identifiers in normal form, without those that cannot be
 * normalised (they could never match a query)
 */
record CompiledRecord(ConsentRecord record, List<Identifier> identifiers) {

	static CompiledRecord of(ConsentRecord record) {
		List<Identifier> normalized = new ArrayList<>(record.identifiers().size());
		for (Identifier identifier : record.identifiers()) {
			Identifier n = IdentifierNormalization.normalize(identifier);
			if (n != null) {
				normalized.add(n);
			}
		}
		return new CompiledRecord(record,
				normalized.equals(record.identifiers()) ? record.identifiers() : List.copyOf(normalized));
	}

	String recordId() {
		return this.record.recordId();
	}

}
