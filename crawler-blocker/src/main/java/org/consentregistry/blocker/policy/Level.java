package org.consentregistry.blocker.policy;

import java.util.Set;

/**
 * One level of a {@link LayeredIndex}: an index of records, and the ids of records it
 * removes from the levels below (tombstones).
 *
 * @param index the records of this level, which replace those with the same id below
 * @param tombstones ids of records below that are removed
 */
record Level(RuleIndex index, Set<String> tombstones) {

	static final Level EMPTY = new Level(RuleIndex.EMPTY, Set.of());

	/**
	 * Whether this level replaces or removes the record {@code recordId} of a lower one.
	 */
	boolean shadows(String recordId) {
		return this.index.records().containsKey(recordId) || this.tombstones.contains(recordId);
	}

	/** The number of entries, records and tombstones. */
	int weight() {
		return this.index.size() + this.tombstones.size();
	}

}
