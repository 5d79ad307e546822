package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Runs one page of a search as one multi-search ({@link MultiSearch}) of two requests on
 * the same target ({@link SearchBodies}): the counts (exact total and one terms
 * aggregation per facet asked for, no hits, asked for through the shard request cache,
 * which keeps them until the next refresh that changed the index), and the page (a total
 * order ending with the record id, {@code search_after} from the cursor, highlights with
 * the private markers, no total, so shards skip hits that cannot enter the page). The
 * first page of a lookup by URL, hash or work asks for the page alone: when it holds
 * every match, which it nearly always does, the total and the facets are counted from its
 * hits, and the node answers one search instead of two. Sorted by relevance with more
 * than one page, the pages after the first are served from a point in time opened right
 * after it, so scores stay put while documents change; sorted by date, the sort key never
 * changes and {@code search_after} alone neither repeats nor skips a record.
 */
final class SearchPages {

	private final MultiSearch search;

	private final String alias;

	private final PointsInTime pointsInTime;

	private final boolean cacheFirstPages;

	SearchPages(MultiSearch search, String alias, PointsInTime pointsInTime, boolean cacheFirstPages) {
		this.search = search;
		this.alias = alias;
		this.pointsInTime = pointsInTime;
		this.cacheFirstPages = cacheFirstPages;
	}

	Answer page(SearchQuery query) throws IOException {
		String snapshot = (query.cursor() != null) ? query.cursor().snapshot() : null;
		if (snapshot != null) {
			try {
				return search(query, snapshot);
			}
			catch (ElasticsearchException ex) {
				if (!PointsInTime.isExpired(ex)) {
					throw ex;
				}
			}
		}
		return search(query, null);
	}

	/**
	 * A point in time for the pages after this first one, or {@code null} if none is
	 * needed.
	 */
	@Nullable String snapshotAfter(SearchQuery query, boolean hasNext) throws IOException {
		if (!hasNext) {
			return null;
		}
		if (query.cursor() != null) {
			return query.cursor().snapshot();
		}
		return (query.effectiveSort() == SearchSort.RELEVANCE) ? this.pointsInTime.open() : null;
	}

	private Answer search(SearchQuery query, @Nullable String snapshot) throws IOException {
		MultiSearch.Item hits = hits(query, snapshot);
		if (query.cursor() == null && isLookup(query)) {
			SearchAnswer page = this.search.search(List.of(hits)).get(0);
			if (page.hits().size() <= query.size()) {
				return new Answer(new SearchAnswer((long) page.hits().size(), List.of(),
						Facets.aggregate(query.facets(), page.hits())), page);
			}
			return new Answer(this.search.search(List.of(counts(query, snapshot))).get(0), page);
		}
		List<SearchAnswer> answers = this.search.search(List.of(counts(query, snapshot), hits));
		return new Answer(answers.get(0), answers.get(1));
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

	private MultiSearch.Item hits(SearchQuery query, @Nullable String snapshot) {
		SearchBodies.Snapshot pit = (snapshot != null) ? this.pointsInTime.reference(snapshot) : null;
		return new MultiSearch.Item((snapshot != null) ? null : this.alias,
				this.cacheFirstPages && query.cursor() == null, (json) -> SearchBodies.hits(json, query, pit));
	}

	/**
	 * The two answers of one page.
	 *
	 * @param counts the total and the aggregations
	 * @param hits the page, one hit more than asked for if there is a next page
	 */
	record Answer(SearchAnswer counts, SearchAnswer hits) {
	}

}
