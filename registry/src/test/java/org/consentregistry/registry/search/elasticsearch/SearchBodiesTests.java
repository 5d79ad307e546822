package org.consentregistry.registry.search.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchSort;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-search bodies of a page as the node reads them (a first page with its counts
 * in one search) (Query DSL: bool, term, terms, prefix, exists, simple_query_string;
 * Search API: size, track_total_hits, sort, search_after, pit, highlight; terms
 * aggregation).
 */
class SearchBodiesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ID = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	@Test
	void writesCountsAndRelevancePageOfTextInPointInTime() {
		SearchQuery query = SearchQuery.builder()
			.text("harbour \"at dusk\"")
			.facets(Facet.PURPOSE, Facet.VERIFIED_CONTROL)
			.size(5)
			.cursor(new SearchCursor(SearchSort.RELEVANCE, 2.5f, 0, ID, "pit-1"))
			.build();
		SearchBodies.Snapshot pit = new SearchBodies.Snapshot("pit-1", "120s");
		String textQuery = """
				{"bool":{"must":{"simple_query_string":{"query":"harbour \\"at dusk\\"",
				  "fields":["title^3","creatorName^2","description"],"default_operator":"and"}},
				 "filter":[{"exists":{"field":"recordId"}}]}}""";
		assertThat(lines(new MultiSearch.Item(null, true, (json) -> SearchBodies.counts(json, query, pit)),
				new MultiSearch.Item(null, false, (json) -> SearchBodies.hits(json, query, pit))))
			.containsExactly(tree("{\"request_cache\":true}"), tree("""
					{"query":%s,"size":0,"track_total_hits":true,"pit":{"id":"pit-1","keep_alive":"120s"},
					 "aggregations":{"PURPOSE":{"terms":{"field":"purposes","size":100}},
					  "VERIFIED_CONTROL":{"terms":{"field":"verifiedControl","size":100}}}}""".formatted(textQuery)),
					tree("{\"request_cache\":false}"), tree("""
							{"query":%s,"size":6,"track_total_hits":false,"track_scores":true,
							 "pit":{"id":"pit-1","keep_alive":"120s"},
							 "sort":[{"_score":{"order":"desc"}},{"idHigh":{"order":"asc"}},{"idLow":{"order":"asc"}}],
							 "search_after":[2.5,%d,%d],
							 "highlight":{"pre_tags":["\\u0001"],"post_tags":["\\u0002"],"fields":[
							  {"title":{"number_of_fragments":0,"fragment_size":150}},
							  {"creatorName":{"number_of_fragments":0,"fragment_size":150}},
							  {"description":{"number_of_fragments":3,"fragment_size":150}}]}}""".formatted(textQuery,
							RecordOrder.halves(ID)[0], RecordOrder.halves(ID)[1])));
	}

	@Test
	void writesFirstPageWithItsCountsInOneSearch() {
		SearchQuery query = SearchQuery.builder()
			.status(RecordStatus.CURRENT)
			.facets(Facet.STATUS)
			.sort(SearchSort.NEWEST)
			.size(3)
			.build();
		assertThat(lines(
				new MultiSearch.Item("registry-records", true, (json) -> SearchBodies.firstPage(json, query, null))))
			.containsExactly(tree("{\"index\":\"registry-records\",\"request_cache\":true}"), tree("""
					{"query":{"bool":{"filter":[{"exists":{"field":"recordId"}},{"terms":{"status":["current"]}}]}},
					 "size":3,"track_total_hits":true,"track_scores":false,
					 "sort":[{"received":{"order":"desc"}},{"idHigh":{"order":"asc"}},{"idLow":{"order":"asc"}}],
					 "aggregations":{"STATUS":{"terms":{"field":"status","size":100}}}}"""));
	}

	@Test
	void writesEveryFilterOfADateSortedPage() {
		SearchQuery query = SearchQuery.builder()
			.url("https://art.example/a.jpg")
			.urlPrefix("https://art.example/works/")
			.domain("art.example")
			.sha256("a".repeat(64))
			.purpose("ai-train:refused")
			.purpose("ai-train:conditional")
			.purpose("tdm:allowed")
			.mediaType("image/png")
			.status(RecordStatus.CURRENT)
			.verifiedControl(false)
			.issuer("did:key:z6MkA")
			.work("urn:uuid:" + ID)
			.sort(SearchSort.OLDEST)
			.cursor(new SearchCursor(SearchSort.OLDEST, 0, 1767225600000L, ID, null))
			.build();
		JsonNode body = lines(
				new MultiSearch.Item("registry-records", false, (json) -> SearchBodies.hits(json, query, null)))
			.get(1);
		assertThat(body.get("query")).isEqualTo(tree("""
				{"bool":{"filter":[{"exists":{"field":"recordId"}},
				 {"term":{"exactUrls":{"value":"https://art.example/a.jpg"}}},
				 {"bool":{"should":[{"prefix":{"exactUrls":{"value":"https://art.example/works/"}}},
				   {"prefix":{"urlPrefixes":{"value":"https://art.example/works/"}}},
				   {"terms":{"urlPrefixes":["https://a","https://ar","https://art","https://art.","https://art.e",
				    "https://art.ex","https://art.exa","https://art.exam","https://art.examp","https://art.exampl",
				    "https://art.example","https://art.example/","https://art.example/w","https://art.example/wo",
				    "https://art.example/wor","https://art.example/work","https://art.example/works",
				    "https://art.example/works/"]}},
				   {"term":{"domainHosts":{"value":"art.example"}}},
				   {"terms":{"subdomainHosts":["art.example","example"]}}],"minimum_should_match":"1"}},
				 {"bool":{"should":[{"term":{"hostSuffixes":{"value":"art.example"}}},
				   {"terms":{"subdomainHosts":["art.example","example"]}}],"minimum_should_match":"1"}},
				 {"term":{"sha256s":{"value":"%s"}}},
				 {"terms":{"purposes":["tdm:allowed"]}},
				 {"terms":{"purposes":["ai-train:refused","ai-train:conditional"]}},
				 {"terms":{"mediaType":["image/png"]}},
				 {"terms":{"status":["current"]}},
				 {"term":{"verifiedControl":{"value":false}}},
				 {"term":{"issuer":{"value":"did:key:z6MkA"}}},
				 {"term":{"work":{"value":"urn:uuid:%s"}}}]}}""".formatted("a".repeat(64), ID)));
		assertThat(body.get("sort").get(0)).isEqualTo(tree("{\"received\":{\"order\":\"asc\"}}"));
		assertThat(body.get("search_after").get(0).asLong()).isEqualTo(1767225600000L);
		assertThat(body.has("highlight")).isFalse();
		assertThat(body.has("pit")).isFalse();
		assertThat(body.get("track_scores").asBoolean()).isFalse();
	}

	private static List<JsonNode> lines(MultiSearch.Item... items) {
		String ndjson = new String(MultiSearch.body(List.of(items)), StandardCharsets.UTF_8);
		assertThat(ndjson).endsWith("\n");
		return ndjson.lines().map(SearchBodiesTests::tree).toList();
	}

	private static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

}
