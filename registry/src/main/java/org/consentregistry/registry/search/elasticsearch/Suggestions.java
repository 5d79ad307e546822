package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.consentregistry.registry.search.Suggestion;

/**
 * Search-box completions: the distinct titles and creator names of current records with a
 * word starting with the typed prefix (a phrase prefix over the analysed field, so that
 * {@code "harbour at d"} works too), most frequent first, counted by a terms aggregation
 * over the field's exact {@code raw} keyword.
 */
final class Suggestions {

	private static final List<String> FIELDS = List.of("title", "creatorName");

	private final ElasticsearchClient client;

	private final String alias;

	Suggestions(ElasticsearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	List<Suggestion> suggest(String prefix, int limit) throws IOException {
		if (prefix.isBlank() || limit < 1) {
			return List.of();
		}
		SearchResponse<Void> response = this.client.search((s) -> {
			s.index(this.alias)
				.size(0)
				.query(QueryBuilders.bool((b) -> b.filter(QueryBuilders.term((t) -> t.field("status").value("current")))
					.should(FIELDS.stream().map((field) -> phrasePrefix(field, prefix)).toList())
					.minimumShouldMatch("1")));
			for (String field : FIELDS) {
				s.aggregations(field, (a) -> a.filter(phrasePrefix(field, prefix))
					.aggregations("values", (v) -> v.terms((t) -> t.field(field + ".raw").size(limit))));
			}
			return s;
		}, Void.class);
		Map<String, Suggestion> found = new LinkedHashMap<>();
		List<Map.Entry<Suggestion, Long>> counted = new ArrayList<>();
		for (String field : FIELDS) {
			Aggregate values = response.aggregations().get(field).filter().aggregations().get("values");
			values.sterms()
				.buckets()
				.array()
				.forEach((bucket) -> counted
					.add(Map.entry(new Suggestion(bucket.key().stringValue(), field), bucket.docCount())));
		}
		counted.sort(Map.Entry.<Suggestion, Long>comparingByValue().reversed());
		counted.forEach((entry) -> found.putIfAbsent(entry.getKey().text(), entry.getKey()));
		return found.values().stream().limit(limit).toList();
	}

	private static Query phrasePrefix(String field, String prefix) {
		return QueryBuilders.matchPhrasePrefix((m) -> m.field(field).query(prefix).maxExpansions(200));
	}

}
