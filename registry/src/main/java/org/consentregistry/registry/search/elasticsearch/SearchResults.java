package org.consentregistry.registry.search.elasticsearch;

import java.util.List;

import org.consentregistry.registry.search.elasticsearch.SearchAnswer.Hit;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchHit;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchResult;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * A search answer (one hit more than the page size asked for, or a first page counted in
 * the same search) as a {@link SearchResult}.
 */
final class SearchResults {

	private SearchResults() {
	}

	/** Whether there is a page after this one. */
	static boolean hasNext(SearchQuery query, SearchPages.Answer answer) {
		return answer.hasNext(query.size());
	}

	static SearchResult of(SearchQuery query, SearchPages.Answer answer, @Nullable String snapshot) {
		List<Hit> hits = answer.hits().hits();
		List<Hit> page = hits.subList(0, Math.min(hits.size(), query.size()));
		List<SearchHit> converted = page.stream()
			.map((hit) -> new SearchHit(RecordDocuments.record(hit.source()), score(query, hit), hit.highlight()))
			.toList();
		SearchCursor next = hasNext(query, answer) ? cursor(query.effectiveSort(), page.get(page.size() - 1), snapshot)
				: null;
		Long counted = answer.counts().total();
		long total = (counted != null) ? counted : converted.size();
		return new SearchResult(total, converted, Facets.counts(answer.counts().aggregations()), next);
	}

	private static SearchCursor cursor(SearchSort sort, Hit last, @Nullable String snapshot) {
		Number key = (Number) last.sort().get(0);
		String recordId = last.id();
		if (sort == SearchSort.RELEVANCE) {
			return new SearchCursor(sort, key.floatValue(), 0, recordId, snapshot);
		}
		return new SearchCursor(sort, 0, key.longValue(), recordId, snapshot);
	}

	private static float score(SearchQuery query, Hit hit) {
		return (query.text() != null && hit.score() != null && !hit.score().isNaN()) ? hit.score().floatValue() : 0;
	}

}
