package org.consentregistry.registry.search.elasticsearch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading multi-search answers in the form Elasticsearch 9 writes them (Search API and
 * Multi search API reference: {@code hits.total}, {@code _source}, {@code highlight},
 * {@code sort}, terms aggregations with {@code key_as_string} for booleans, and failed
 * searches as {@code error} with {@code status} inside the answer).
 */
class SearchAnswersTests {

	@Test
	void readsTotalsAggregationsAndHits() {
		List<SearchAnswer> answers = read("""
				{"took":3,"responses":[
				 {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
				  "hits":{"total":{"value":8319,"relation":"eq"},"max_score":null,"hits":[]},
				  "aggregations":{
				   "PURPOSE":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
				    "buckets":[{"key":"tdm:unstated","doc_count":8000},{"key":"tdm:refused","doc_count":319}]},
				   "VERIFIED_CONTROL":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
				    "buckets":[{"key":0,"key_as_string":"false","doc_count":8319}]}},"status":200},
				 {"took":2,"timed_out":false,"hits":{"max_score":null,"hits":[
				  {"_index":"registry-records-v1","_id":"r1","_score":2.5,
				   "_source":{"recordId":"r1","title":"Harbour \\"at\\" dusk","logIndex":7,"verifiedControl":false,
				    "exactUrls":["https://art.example/a"],"domains":[{"host":"art.example","includeSubdomains":true}],
				    "validFrom":null},
				   "highlight":{"title":["\\u0001Harbour\\u0002 \\"at\\" dusk"]},"sort":[2.5,-9223372036854775808,42]},
				  {"_index":"registry-records-v1","_id":"r2","_score":null,"_source":{"recordId":"r2"},
				   "sort":[1767225600000,1,2]}]},"status":200}]}
				""");
		assertThat(answers).hasSize(2);
		SearchAnswer counts = answers.get(0);
		assertThat(counts.total()).isEqualTo(8319);
		assertThat(counts.hits()).isEmpty();
		assertThat(counts.aggregations()).containsOnlyKeys("PURPOSE", "VERIFIED_CONTROL");
		assertThat(counts.aggregations().get("PURPOSE")).containsExactly(Map.entry("tdm:unstated", 8000L),
				Map.entry("tdm:refused", 319L));
		assertThat(counts.aggregations().get("VERIFIED_CONTROL")).containsExactly(Map.entry("false", 8319L));
		SearchAnswer page = answers.get(1);
		assertThat(page.total()).isNull();
		SearchAnswer.Hit first = page.hits().get(0);
		assertThat(first.id()).isEqualTo("r1");
		assertThat(first.score()).isEqualTo(2.5);
		assertThat(first.source()).containsEntry("title", "Harbour \"at\" dusk")
			.containsEntry("logIndex", 7L)
			.containsEntry("verifiedControl", false)
			.containsEntry("exactUrls", List.of("https://art.example/a"))
			.containsEntry("domains", List.of(Map.of("host", "art.example", "includeSubdomains", true)))
			.doesNotContainKey("validFrom");
		assertThat(first.highlight()).containsExactly(Map.entry("title", List.of("\u0001Harbour\u0002 \"at\" dusk")));
		assertThat(first.sort()).containsExactly(2.5, Long.MIN_VALUE, 42L);
		SearchAnswer.Hit second = page.hits().get(1);
		assertThat(second.score()).isNull();
		assertThat(second.highlight()).isEmpty();
		assertThat(second.sort()).containsExactly(1767225600000L, 1L, 2L);
	}

	@Test
	void throwsFailedSearchAsTheTypedClientWould() {
		assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> read(
					"""
							{"took":0,"responses":[{"hits":{"hits":[]},"status":200},
							 {"error":{"root_cause":[{"type":"search_context_missing_exception","reason":"No search context found for id [5]"}],
							  "type":"search_phase_execution_exception","reason":"all shards failed"},"status":404}]}
							"""))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.error().type()).isEqualTo("search_phase_execution_exception");
				assertThat(PointsInTime.isExpired(ex)).isTrue();
			});
		assertThatExceptionOfType(ElasticsearchException.class).isThrownBy(() -> read("""
				{"responses":[{"error":{"type":"index_not_found_exception","reason":"no such index [x]"},"status":404}]}
				""")).satisfies((ex) -> assertThat(Calls.isMissingIndex(ex)).isTrue());
	}

	@Test
	void namesAnAnswerWithoutJsonErrorByItsStatus() {
		ElasticsearchException ex = SearchAnswers.failure(503, null);
		assertThat(ex.status()).isEqualTo(503);
		assertThat(ex.error().type()).isEqualTo("http_503");
	}

	private static List<SearchAnswer> read(String json) {
		return SearchAnswers.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
