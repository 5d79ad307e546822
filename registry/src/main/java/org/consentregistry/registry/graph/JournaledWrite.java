package org.consentregistry.registry.graph;

import org.apache.jena.query.Dataset;

/**
 * A write whose effect is recorded in the ingest journal, so that it is durable as soon
 * as the journal is synced, before the TDB2 transaction holding it commits.
 * <p>
 * The write runs in the shared write transaction and must either change the dataset and
 * return {@link Journaled#entry() an entry} from which {@link JournalReplayer} makes the
 * same change again, or change nothing (a read, or a refusal answered through
 * {@link Journaled#refused}). If it throws, the transaction is rolled back and rebuilt
 * from the journal.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface JournaledWrite<T> {

	/**
	 * Runs the write.
	 * @param dataset the dataset, in the write transaction
	 * @param index the journal index the entry will have if one is returned
	 * @return the outcome
	 */
	Journaled<T> apply(Dataset dataset, long index);

}
