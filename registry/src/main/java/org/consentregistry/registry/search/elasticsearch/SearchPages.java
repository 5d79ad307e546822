package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.util.NamedValue;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.Highlight;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Runs one page of a search as one multi-search of two requests on the same target: the
 * counts (exact total and one terms aggregation per facet asked for, no hits, asked for
 * through the shard request cache, which keeps them until the next refresh that changed
 * the index), and the page (a bool query from {@link RecordQueries}, a total order ending
 * with the record id, {@code search_after} from the cursor, highlights with the private
 * markers, no total, so shards skip hits that cannot enter the page). Sorted by relevance
 * with more than one page, the pages after the first are served from a point in time
 * opened right after it, so scores stay put while documents change; sorted by date, the
 * sort key never changes and {@code search_after} alone neither repeats nor skips a
 * record.
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
		MsearchResponse<Map> response = this.client.msearch((m) -> m
			.searches(item(counts(query, snapshot), snapshot, true), item(hits(query, snapshot), snapshot, false)),
				Map.class);
		List<MultiSearchResponseItem<Map>> answers = response.responses();
		return new Answer(result(answers.get(0)), result(answers.get(1)));
	}

	private RequestItem item(SearchRequestBody body, @Nullable String snapshot, boolean cached) {
		return RequestItem
			.of((i) -> i.header((h) -> ((snapshot != null) ? h : h.index(this.alias)).requestCache(cached)).body(body));
	}

	private static ResponseBody<Map> result(MultiSearchResponseItem<Map> item) {
		if (item.isFailure()) {
			throw new ElasticsearchException("msearch", item.failure());
		}
		return item.result();
	}

	private SearchRequestBody counts(SearchQuery query, @Nullable String snapshot) {
		SearchRequestBody.Builder request = new SearchRequestBody.Builder().query(RecordQueries.of(query))
			.size(0)
			.trackTotalHits((t) -> t.enabled(true));
		if (snapshot != null) {
			request.pit(this.pointsInTime.reference(snapshot));
		}
		for (Facet facet : query.facets()) {
			request.aggregations(facet.name(), (a) -> a.terms((t) -> t.field(Facets.field(facet)).size(100)));
		}
		return request.build();
	}

	private SearchRequestBody hits(SearchQuery query, @Nullable String snapshot) {
		SearchSort sort = query.effectiveSort();
		SearchRequestBody.Builder request = new SearchRequestBody.Builder().query(RecordQueries.of(query))
			.size(query.size() + 1)
			.trackTotalHits((t) -> t.enabled(false))
			.trackScores(query.text() != null);
		if (snapshot != null) {
			request.pit(this.pointsInTime.reference(snapshot));
		}
		if (sort == SearchSort.RELEVANCE) {
			request.sort((s) -> s.score((o) -> o.order(SortOrder.Desc)));
		}
		else {
			SortOrder order = (sort == SearchSort.NEWEST) ? SortOrder.Desc : SortOrder.Asc;
			request.sort((s) -> s.field((f) -> f.field("received").order(order)));
		}
		request.sort(RecordOrder.tieBreaker());
		SearchCursor cursor = query.cursor();
		if (cursor != null) {
			FieldValue key = (sort == SearchSort.RELEVANCE) ? FieldValue.of((double) cursor.score())
					: FieldValue.of(cursor.received());
			List<FieldValue> after = new ArrayList<>(List.of(key));
			after.addAll(RecordOrder.after(cursor.recordId()));
			request.searchAfter(after);
		}
		if (query.text() != null) {
			request.highlight((h) -> h.preTags(String.valueOf(Highlight.START))
				.postTags(String.valueOf(Highlight.END))
				.fields(NamedValue.of("title", highlightField(0)), NamedValue.of("creatorName", highlightField(0)),
						NamedValue.of("description", highlightField(3))));
		}
		return request.build();
	}

	private static HighlightField highlightField(int fragments) {
		return HighlightField.of((f) -> f.numberOfFragments(fragments).fragmentSize(150));
	}

	/**
	 * The two answers of one page.
	 *
	 * @param counts the total and the aggregations
	 * @param hits the page, one hit more than asked for if there is a next page
	 */
	record Answer(ResponseBody<Map> counts, ResponseBody<Map> hits) {
	}

}
