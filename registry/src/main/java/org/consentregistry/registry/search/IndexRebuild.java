package org.consentregistry.registry.search;

import java.util.List;

/**
 * A full rebuild in progress: a new, empty versioned index that the live index keeps
 * answering beside until {@link #complete(long)} swaps the alias to it. Closing a rebuild
 * that was not completed drops the new index and leaves the live one as it was.
 */
public interface IndexRebuild extends AutoCloseable {

	/** The name of the new versioned index, e.g. {@code records-v3}. */
	String version();

	/**
	 * Adds documents to the new index (not visible to searches before
	 * {@link #complete(long)}).
	 * @param records the documents, upserted by record id
	 * @throws SearchUnavailableException if the index cannot be written
	 */
	void index(List<IndexedRecord> records);

	/**
	 * Makes the new index durable with its high-water mark, points the alias at it
	 * atomically and drops the index it replaced. Searches answer throughout.
	 * @param position the number of journal entries the new index covers
	 * @throws SearchUnavailableException if the index cannot be written
	 */
	void complete(long position);

	/** Drops the new index unless {@link #complete(long)} succeeded. */
	@Override
	void close();

}
