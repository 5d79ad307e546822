package org.consentregistry.registry.search;

import java.util.Collection;
import java.util.List;

/**
 * The search index port: one document per record version ({@link IndexedRecord}, keyed by
 * record id), full-text and identifier search with filters, facets and cursor paging,
 * suggestions, and the outbox high-water mark kept with the documents. Adapters: embedded
 * Lucene (the default) and Elasticsearch; both pass {@code SearchIndexContract}.
 * <p>
 * The RDF store is the source of truth. The index is a projection that can lag and be
 * rebuilt ({@link #rebuild()}); every method may throw {@link SearchUnavailableException}
 * when the index cannot be reached, and callers that write (the indexer) retry.
 * Implementations are thread-safe. Writes are visible to searches once the method
 * returns.
 */
public interface SearchIndex extends AutoCloseable {

	/**
	 * Adds or replaces documents by record id; the high-water mark stays as it is.
	 * @param records the documents
	 * @throws SearchUnavailableException if the index cannot be written
	 */
	void index(List<IndexedRecord> records);

	/**
	 * Adds or replaces documents and advances the high-water mark, stored with them (a
	 * Lucene commit's user data; an Elasticsearch metadata document), so that after a
	 * restart {@link #position()} never claims documents the index lost.
	 * @param records the documents
	 * @param position the number of journal entries now covered; a lower value than the
	 * current mark leaves the mark unchanged
	 * @throws SearchUnavailableException if the index cannot be written
	 */
	void index(List<IndexedRecord> records, long position);

	/**
	 * Removes documents by record id; unknown ids are ignored.
	 * @param recordIds the ids
	 * @throws SearchUnavailableException if the index cannot be written
	 */
	void delete(Collection<String> recordIds);

	/**
	 * The high-water mark: how many journal entries the index covers (0 for a new index).
	 * @return the mark
	 * @throws SearchUnavailableException if the index cannot be read
	 */
	long position();

	/**
	 * Runs a search.
	 * @param query what to find
	 * @return one page of hits, with totals and facet counts
	 * @throws SearchUnavailableException if the index cannot answer
	 */
	SearchResult search(SearchQuery query);

	/**
	 * Completions for the search box: distinct titles and creator names of current
	 * records in which a word starts with {@code prefix} (case-insensitive).
	 * @param prefix what was typed so far
	 * @param limit the most suggestions to return
	 * @return at most {@code limit} suggestions
	 * @throws SearchUnavailableException if the index cannot answer
	 */
	List<Suggestion> suggest(String prefix, int limit);

	/** The index's state; never throws. */
	SearchHealth health();

	/**
	 * Starts a full rebuild into a new versioned index; the live index keeps answering
	 * (and taking writes) until the rebuild completes.
	 * @return the rebuild, to fill and complete (or close to abandon)
	 * @throws SearchUnavailableException if the new index cannot be created
	 */
	IndexRebuild rebuild();

	/**
	 * Whether the live index was written in an older document layout than this version
	 * writes, so that a rebuild is due (the old one answers until then). Known once the
	 * index has answered a first call.
	 * @return {@code false} unless the adapter found an older layout
	 */
	default boolean outdated() {
		return false;
	}

	/** Releases the index's resources. */
	@Override
	void close();

}
