package org.consentregistry.registry.search.elasticsearch;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchHit;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchResult;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * A search answer (one hit more than the page size asked for) as a {@link SearchResult}.
 */
final class SearchResults {

	private SearchResults() {
	}

	/** Whether there is a page after this one. */
	static boolean hasNext(SearchQuery query, SearchPages.Answer answer) {
		return answer.hits().hits().hits().size() > query.size();
	}

	@SuppressWarnings("unchecked")
	static SearchResult of(SearchQuery query, SearchPages.Answer answer, @Nullable String snapshot) {
		List<Hit<Map>> hits = answer.hits().hits().hits();
		List<Hit<Map>> page = hits.subList(0, Math.min(hits.size(), query.size()));
		List<SearchHit> converted = page.stream()
			.map((hit) -> new SearchHit(RecordDocuments.record(hit.source()), score(query, hit),
					(hit.highlight() != null) ? hit.highlight() : Map.of()))
			.toList();
		SearchCursor next = hasNext(query, answer) ? cursor(query.effectiveSort(), page.get(page.size() - 1), snapshot)
				: null;
		var counted = answer.counts().hits().total();
		long total = (counted != null) ? counted.value() : converted.size();
		return new SearchResult(total, converted, Facets.counts(answer.counts().aggregations()), next);
	}

	private static SearchCursor cursor(SearchSort sort, Hit<Map> last, @Nullable String snapshot) {
		List<FieldValue> values = last.sort();
		String recordId = last.id();
		if (sort == SearchSort.RELEVANCE) {
			return new SearchCursor(sort, (float) values.get(0).doubleValue(), 0, recordId, snapshot);
		}
		return new SearchCursor(sort, 0, values.get(0).longValue(), recordId, snapshot);
	}

	private static float score(SearchQuery query, Hit<Map> hit) {
		return (query.text() != null && hit.score() != null && !hit.score().isNaN()) ? hit.score().floatValue() : 0;
	}

}
