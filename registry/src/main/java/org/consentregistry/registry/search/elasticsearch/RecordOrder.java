package org.consentregistry.registry.search.elasticsearch;

import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;

/**
 * The tie-breaker that makes every sort a total order: the record id, as the two halves
 * of its UUID in the numeric fields {@value #HIGH} and {@value #LOW}, each a signed long
 * that sorts as the unsigned half does, so that {@code (high, low)} sorts as the
 * canonical lower-case id string (cursors keep the string). A keyword tie-breaker cost
 * the node about ten times as much per search as a numeric one when many documents
 * compete.
 */
final class RecordOrder {

	static final String HIGH = "idHigh";

	static final String LOW = "idLow";

	private RecordOrder() {
	}

	/** The tie-breaker's sort clauses, ascending. */
	static List<SortOptions> tieBreaker() {
		return List.of(ascending(HIGH), ascending(LOW));
	}

	/** The tie-breaker's {@code search_after} values for a record id. */
	static List<FieldValue> after(String recordId) {
		UUID id = UUID.fromString(recordId);
		return List.of(FieldValue.of(sortable(id.getMostSignificantBits())),
				FieldValue.of(sortable(id.getLeastSignificantBits())));
	}

	/** The tie-breaker's fields of a document. */
	static long[] halves(String recordId) {
		UUID id = UUID.fromString(recordId);
		return new long[] { sortable(id.getMostSignificantBits()), sortable(id.getLeastSignificantBits()) };
	}

	/** An unsigned 64-bit half as a signed long of the same order. */
	static long sortable(long unsignedHalf) {
		return unsignedHalf ^ Long.MIN_VALUE;
	}

	private static SortOptions ascending(String field) {
		return SortOptions.of((s) -> s.field((f) -> f.field(field).order(SortOrder.Asc)));
	}

}
