package org.consentregistry.registry.graph;

import org.apache.jena.query.Dataset;

/**
 * Makes the change that a journal entry records, again: after a crash, or after a
 * transaction was rolled back, for entries that the TDB2 store does not hold yet.
 */
@FunctionalInterface
public interface JournalReplayer {

	/**
	 * Applies entry {@code index} inside the open write transaction.
	 * @param dataset the dataset
	 * @param index the entry's index
	 * @param entry the entry's bytes
	 */
	void replay(Dataset dataset, long index, byte[] entry);

}
