package org.consentregistry.registry.search.elasticsearch;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.consentregistry.registry.search.Highlight;
import org.consentregistry.registry.search.IndexRebuild;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.SearchHit;
import org.consentregistry.registry.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document layout on a real node: new indices keep offsets in the text fields'
 * postings and say their layout; a live index of the layout before is still searched and
 * highlighted, is reported outdated, and a rebuild replaces it with the current one.
 */
class IndexLayoutIntegrationTests {

	private static final List<String> TEXT_FIELDS = List.of("title", "creatorName", "description");

	private final ElasticsearchNode node = ElasticsearchNode.shared();

	private final String prefix = this.node.prefix("layout");

	private final ElasticsearchSearchProperties properties = ElasticsearchSearchProperties
		.of(List.of(this.node.httpUri()), this.prefix);

	private final ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(
			ElasticsearchClients.create(this.properties), this.properties);

	@AfterEach
	void closeIndex() {
		this.index.close();
	}

	@Test
	void createsIndicesWithOffsetsInTheTextFieldsAndTheCurrentLayout() throws Exception {
		this.index.index(List.of(harbour(1)), 1);
		assertThat(this.index.outdated()).isFalse();
		assertCurrentLayout(this.prefix + "-records-v1");
	}

	@Test
	void findsItsOwnIndexCurrentAfterARestart() {
		this.index.index(List.of(harbour(1)), 1);
		try (ElasticsearchSearchIndex restarted = new ElasticsearchSearchIndex(
				ElasticsearchClients.create(this.properties), this.properties)) {
			assertThat(restarted.position()).isEqualTo(1);
			assertThat(restarted.outdated()).isFalse();
		}
	}

	@Test
	void marksWordsMatchedByPrefixAndPhraseInEveryTextField() {
		this.index.index(List.of(harbour(1)), 1);
		SearchHit prefixed = this.index.search(SearchQuery.builder().text("harb*").build()).hits().get(0);
		assertThat(prefixed.highlights().get("title")).containsExactly(marked("Harbour") + " at dusk");
		assertThat(prefixed.highlights().get("description")).singleElement()
			.isEqualTo("A quiet " + marked("harbour") + " in the fog.");
		SearchHit phrase = this.index.search(SearchQuery.builder().text("\"ada example\"").build()).hits().get(0);
		assertThat(phrase.highlights().get("creatorName")).containsExactly(marked("Ada") + " " + marked("Example"));
		assertThat(phrase.highlights()).doesNotContainKey("title");
	}

	@Test
	void searchesAnIndexOfTheLayoutBeforeAndRebuildsItIntoTheCurrentOne() throws Exception {
		String old = createIndexOfLayoutOne(this.node, this.prefix);
		this.index.index(List.of(harbour(1)), 1);
		assertThat(this.index.outdated()).isTrue();
		assertThat(get("/" + old + "/_settings").findValue("weight_matches_mode").get("enabled").asString())
			.isEqualTo("false");
		SearchHit hit = this.index.search(SearchQuery.builder().text("harbour").build()).hits().get(0);
		assertThat(hit.highlights().get("title")).containsExactly(marked("Harbour") + " at dusk");
		try (IndexRebuild rebuild = this.index.rebuild()) {
			rebuild.index(List.of(harbour(1)));
			rebuild.complete(1);
		}
		assertThat(this.index.outdated()).isFalse();
		assertThat(this.index.health().version()).isEqualTo(this.prefix + "-records-v2");
		assertCurrentLayout(this.prefix + "-records-v2");
		assertThat(this.index.search(SearchQuery.builder().text("harbour").build()).hits()).hasSize(1);
	}

	private void assertCurrentLayout(String name) throws Exception {
		JsonNode mappings = get("/" + name + "/_mapping").get(name).get("mappings");
		assertThat(mappings.get("_meta").get("layout").asInt()).isEqualTo(IndexLayout.CURRENT);
		for (String field : TEXT_FIELDS) {
			assertThat(mappings.get("properties").get(field).get("index_options").asString()).as(field)
				.isEqualTo("offsets");
		}
		JsonNode settings = get("/" + name + "/_settings").get(name).get("settings").get("index");
		assertThat(settings.get("highlight").get("weight_matches_mode").get("enabled").asString()).isEqualTo("false");
	}

	/**
	 * Creates {@code <prefix>-records-v1} in layout 1 behind the alias: today's mapping
	 * without offsets and without a layout number.
	 * @return the index's name
	 */
	static String createIndexOfLayoutOne(ElasticsearchNode node, String prefix) throws Exception {
		String mapping;
		try (InputStream in = IndexLayoutIntegrationTests.class
			.getResourceAsStream("/search/elasticsearch-records.json")) {
			mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String old = mapping.replace(", \"index_options\": \"offsets\"", "")
			.replace("\"_meta\": { \"layout\": 2 },", "");
		assertThat(old).doesNotContain("offsets").doesNotContain("_meta");
		String name = prefix + "-records-v1";
		send(HttpRequest.newBuilder(node.httpUri().resolve("/" + name))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(old.replaceFirst("\\{",
					"{ \"aliases\": { \"" + prefix + "-records\": { \"is_write_index\": true } },"))));
		return name;
	}

	private static String marked(String word) {
		return Highlight.START + word + Highlight.END;
	}

	private static IndexedRecord harbour(int n) {
		IndexedRecord record = ElasticsearchSearchIndexIntegrationTests.harbour(n, "Harbour at dusk");
		return new IndexedRecord(record.recordId(), record.recordIri(), record.work(), record.credentialId(),
				record.issuer(), record.kind(), record.status(), record.title(), record.creatorName(),
				"A quiet harbour in the fog.", record.mediaType(), record.received(), record.validFrom(),
				record.logIndex(), record.exactUrls(), record.urlPrefixes(), record.domains(), record.sha256s(),
				record.purposes(), record.verifiedControl());
	}

	private JsonNode get(String path) throws Exception {
		return JsonMapper.builder().build().readTree(send(HttpRequest.newBuilder(uri(path)).GET()));
	}

	private URI uri(String path) {
		return this.node.httpUri().resolve(path);
	}

	private static String send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

}
