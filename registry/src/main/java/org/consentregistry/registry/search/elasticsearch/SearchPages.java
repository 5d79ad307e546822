package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Runs one page of a search as one multi-search ({@link MultiSearch}) on one target
 * ({@link SearchBodies}). A page after the first is two searches: the counts (exact total
 * and one terms aggregation per facet asked for, no hits, asked for through the shard
 * request cache, which keeps them until the next refresh that changed the index), and the
 * page (a total order ending with the record id, {@code search_after} from the cursor,
 * highlights with the private markers, no total, so shards skip hits that cannot enter
 * the page). A first page is one search of both, through the request cache
 * ({@code cache-first-pages}; without it, two as the later pages): it must visit every
 * match for the counts anyway, and one search costs the node one request's overhead
 * instead of two. The first page of a lookup by URL, hash or work asks for the page
 * alone: when it holds every match, which it nearly always does, the total and the facets
 * are counted from its hits; else the counts are asked for after it. Sorted by relevance,
 * the first page is served from the point in time all first pages share
 * ({@link SharedPointInTime}, renewed every second and after this registry's writes) and
 * the pages after it from the same one, so scores stay put while documents change; a
 * point in time that is gone is replaced once for a first page, and later pages carry on
 * against the live index. Sorted by date, the sort key never changes and
 * {@code search_after} alone neither repeats nor skips a record.
 */
final class SearchPages {

	private final MultiSearch search;

	private final String alias;

	private final PointsInTime pointsInTime;

	private final SharedPointInTime shared;

	private final boolean cacheFirstPages;

	SearchPages(MultiSearch search, String alias, PointsInTime pointsInTime, Duration sharedMaxAge,
			boolean cacheFirstPages) {
		this.search = search;
		this.alias = alias;
		this.pointsInTime = pointsInTime;
		this.shared = new SharedPointInTime(pointsInTime::open, sharedMaxAge, System::nanoTime);
		this.cacheFirstPages = cacheFirstPages;
	}

	Answer page(SearchQuery query) throws IOException {
		SearchCursor cursor = query.cursor();
		String snapshot = (cursor != null) ? cursor.snapshot() : null;
		if (snapshot != null) {
			Answer answer = inSnapshot(query, snapshot);
			return (answer != null) ? answer : search(query, null);
		}
		if (cursor == null && query.effectiveSort() == SearchSort.RELEVANCE) {
			for (int attempt = 0; attempt < 2; attempt++) {
				String shared = this.shared.id();
				Answer answer = inSnapshot(query, shared);
				if (answer != null) {
					return answer;
				}
				this.shared.expired(shared);
			}
		}
		return search(query, null);
	}

	/**
	 * Tells that the index changed: the next first page of a relevance search opens a new
	 * point in time, so that it sees the change.
	 */
	void changed() {
		this.shared.changed();
	}

	/** The page in a point in time, or {@code null} if it is gone. */
	private @Nullable Answer inSnapshot(SearchQuery query, String snapshot) throws IOException {
		try {
			return search(query, snapshot);
		}
		catch (ElasticsearchException ex) {
			if (!PointsInTime.isExpired(ex)) {
				throw ex;
			}
			return null;
		}
	}

	private Answer search(SearchQuery query, @Nullable String snapshot) throws IOException {
		MultiSearch.Item hits = hits(query, snapshot);
		if (query.cursor() == null && isLookup(query)) {
			SearchAnswer page = this.search.search(List.of(hits)).get(0);
			if (page.hits().size() <= query.size()) {
				return new Answer(new SearchAnswer((long) page.hits().size(), List.of(),
						Facets.aggregate(query.facets(), page.hits())), page, snapshot, false);
			}
			return new Answer(this.search.search(List.of(counts(query, snapshot))).get(0), page, snapshot, false);
		}
		if (query.cursor() == null && this.cacheFirstPages) {
			SearchAnswer page = this.search.search(List.of(firstPage(query, snapshot))).get(0);
			return new Answer(page, page, snapshot, true);
		}
		List<SearchAnswer> answers = this.search.search(List.of(counts(query, snapshot), hits));
		return new Answer(answers.get(0), answers.get(1), snapshot, false);
	}

	/**
	 * Whether the query names something few records claim (a URL, a hash or a work), so
	 * that its first page most likely holds every match and is asked for alone: if it
	 * does, the total and facets are counted from it, else asked for after it.
	 */
	static boolean isLookup(SearchQuery query) {
		return query.url() != null || query.sha256() != null || query.work() != null;
	}

	private MultiSearch.Item counts(SearchQuery query, @Nullable String snapshot) {
		SearchBodies.Snapshot pit = (snapshot != null) ? this.pointsInTime.reference(snapshot) : null;
		return new MultiSearch.Item((snapshot != null) ? null : this.alias, true,
				(json) -> SearchBodies.counts(json, query, pit));
	}

	private MultiSearch.Item firstPage(SearchQuery query, @Nullable String snapshot) {
		SearchBodies.Snapshot pit = (snapshot != null) ? this.pointsInTime.reference(snapshot) : null;
		return new MultiSearch.Item((snapshot != null) ? null : this.alias, true,
				(json) -> SearchBodies.firstPage(json, query, pit));
	}

	private MultiSearch.Item hits(SearchQuery query, @Nullable String snapshot) {
		SearchBodies.Snapshot pit = (snapshot != null) ? this.pointsInTime.reference(snapshot) : null;
		return new MultiSearch.Item((snapshot != null) ? null : this.alias,
				this.cacheFirstPages && query.cursor() == null, (json) -> SearchBodies.hits(json, query, pit));
	}

	/**
	 * The two answers of one page.
	 *
	 * @param counts the total and the aggregations
	 * @param hits the page, one hit more than asked for if there is a next page, unless
	 * {@code exact}
	 * @param snapshot the point in time both were searched in, or {@code null} for the
	 * live index
	 * @param exact whether the hits are the page itself, counted in the same search (a
	 * first page with its counts), so that there is a next page when the total exceeds
	 * it; else they hold one hit more when there is one
	 */
	record Answer(SearchAnswer counts, SearchAnswer hits, @Nullable String snapshot, boolean exact) {

		/** Whether there is a page after this one of {@code size} hits. */
		boolean hasNext(int size) {
			Long total = this.counts.total();
			return (this.exact && total != null) ? total > size : this.hits.hits().size() > size;
		}

	}

}
