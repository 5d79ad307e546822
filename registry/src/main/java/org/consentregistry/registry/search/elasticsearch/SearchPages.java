package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.Highlight;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Runs one page of a search: a bool query ({@link RecordQueries}), a total order ending
 * with the record id, {@code search_after} from the cursor, highlights with the private
 * markers, one terms aggregation per facet asked for. Sorted by relevance with more than
 * one page, the pages after the first are served from a point in time opened right after
 * it, so scores stay put while documents change; sorted by date, the sort key never
 * changes and {@code search_after} alone neither repeats nor skips a record.
 */
final class SearchPages {

	private final ElasticsearchClient client;

	private final String alias;

	private final PointsInTime pointsInTime;

	SearchPages(ElasticsearchClient client, String alias, PointsInTime pointsInTime) {
		this.client = client;
		this.alias = alias;
		this.pointsInTime = pointsInTime;
	}

	SearchResponse<Map> page(SearchQuery query) throws IOException {
		String snapshot = (query.cursor() != null) ? query.cursor().snapshot() : null;
		if (snapshot != null) {
			try {
				return this.client.search(request(query, snapshot), Map.class);
			}
			catch (ElasticsearchException ex) {
				if (!PointsInTime.isExpired(ex)) {
					throw ex;
				}
			}
		}
		return this.client.search(request(query, null), Map.class);
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

	private SearchRequest request(SearchQuery query, @Nullable String snapshot) {
		SearchSort sort = query.effectiveSort();
		SearchRequest.Builder request = new SearchRequest.Builder().query(RecordQueries.of(query))
			.size(query.size() + 1)
			.trackTotalHits((t) -> t.enabled(true))
			.trackScores(query.text() != null);
		if (snapshot != null) {
			request.pit(this.pointsInTime.reference(snapshot));
		}
		else {
			request.index(this.alias);
		}
		if (sort == SearchSort.RELEVANCE) {
			request.sort((s) -> s.score((o) -> o.order(SortOrder.Desc)));
		}
		else {
			SortOrder order = (sort == SearchSort.NEWEST) ? SortOrder.Desc : SortOrder.Asc;
			request.sort((s) -> s.field((f) -> f.field("received").order(order)));
		}
		request.sort((s) -> s.field((f) -> f.field("recordId").order(SortOrder.Asc)));
		SearchCursor cursor = query.cursor();
		if (cursor != null) {
			FieldValue key = (sort == SearchSort.RELEVANCE) ? FieldValue.of((double) cursor.score())
					: FieldValue.of(cursor.received());
			request.searchAfter(key, FieldValue.of(cursor.recordId()));
		}
		if (query.text() != null) {
			request.highlight((h) -> h.preTags(String.valueOf(Highlight.START))
				.postTags(String.valueOf(Highlight.END))
				.fields(NamedValue.of("title", highlightField(0)), NamedValue.of("creatorName", highlightField(0)),
						NamedValue.of("description", highlightField(3))));
		}
		for (Facet facet : query.facets()) {
			request.aggregations(facet.name(), (a) -> a.terms((t) -> t.field(Facets.field(facet)).size(100)));
		}
		return request.build();
	}

	private static HighlightField highlightField(int fragments) {
		return HighlightField.of((f) -> f.numberOfFragments(fragments).fragmentSize(150));
	}

}
