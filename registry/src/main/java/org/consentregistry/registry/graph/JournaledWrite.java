package org.consentregistry.registry.graph;

import org.apache.jena.query.Dataset;

/**
 * A write whose effect is recorded in the ingest journal, so that it is durable, and
 * answered, as soon as the journal is synced, before the TDB2 store holds it.
 * <p>
 * Journaled writes run one at a time, in journal order, on the ingest thread, against a
 * read transaction of the store. The store may lag the journal: it holds at least the
 * first {@code applied} journal entries (possibly more); the caller keeps what it needs
 * of later entries itself (see {@code PendingRecords} of the consent records). The write
 * must not change the store: it returns {@link Journaled#entry() an entry} and, if it
 * likes, the {@link Journaled#change() change} that the applier thread makes from it in
 * the store later; or it changes nothing (a read, or a refusal answered through
 * {@link Journaled#refused}).
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface JournaledWrite<T> {

	/**
	 * Runs the write.
	 * @param dataset the dataset, in a read transaction
	 * @param applied the number of journal entries the read transaction holds at least
	 * @param index the journal index the entry will have if one is returned
	 * @return the outcome
	 */
	Journaled<T> apply(Dataset dataset, long applied, long index);

}
