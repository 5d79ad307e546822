package org.consentregistry.registry.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * The exact total and facet counts of recent queries, per index reader (one searcher
 * generation), as Elasticsearch's shard request cache keeps aggregations: a reader never
 * changes, so its counts for a query stay right for as long as it is open; a refresh
 * opens a new reader, which starts empty, and a closed reader's counts are dropped. With
 * the counts known, a search only has to collect its page, so paging through a large
 * result and repeating a popular query no longer visit every hit.
 */
final class HitCounts {

	/** How many queries' counts are kept per reader (least recently used dropped). */
	static final int CAPACITY = 512;

	private final Map<IndexReader.CacheKey, Map<Key, Counts>> byReader = new ConcurrentHashMap<>();

	/** The counts of {@code query} on {@code searcher}'s reader, if known. */
	@Nullable Counts get(IndexSearcher searcher, Query query, Set<Facet> facets) {
		Map<Key, Counts> cache = cache(searcher);
		if (cache == null) {
			return null;
		}
		synchronized (cache) {
			return cache.get(new Key(query, facets));
		}
	}

	/** Remembers the counts of {@code query} on {@code searcher}'s reader. */
	void put(IndexSearcher searcher, Query query, Set<Facet> facets, Counts counts) {
		Map<Key, Counts> cache = cache(searcher);
		if (cache != null) {
			synchronized (cache) {
				cache.put(new Key(query, facets), counts);
			}
		}
	}

	/** How many readers have counts kept (for tests). */
	int readers() {
		return this.byReader.size();
	}

	private @Nullable Map<Key, Counts> cache(IndexSearcher searcher) {
		IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
		if (helper == null) {
			return null;
		}
		return this.byReader.computeIfAbsent(helper.getKey(), (key) -> {
			helper.addClosedListener(this.byReader::remove);
			return new LinkedHashMap<>(64, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
					return size() > CAPACITY;
				}

			};
		});
	}

	/**
	 * A query's counts.
	 *
	 * @param total how many documents match
	 * @param facets per facet asked for, value to count over all matches
	 */
	record Counts(long total, Map<Facet, Map<String, Long>> facets) {
	}

	private record Key(Query query, Set<Facet> facets) {
	}

}
