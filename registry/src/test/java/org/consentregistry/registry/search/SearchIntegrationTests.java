package org.consentregistry.registry.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.demo.ExampleWorks;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.consentregistry.registry.system.TemporaryDataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search over HTTP against records submitted through the real pipeline, with an index the
 * test can take down: submissions keep succeeding, search answers 503, and the indexer
 * catches up by itself once the index is back.
 */
@RegistryIntegrationTest(properties = { "registry.base-uri=https://registry.example",
		"registry.search.backend=switchable", "registry.search.max-backoff=200ms" })
class SearchIntegrationTests {

	@Autowired
	SwitchableSearchIndex index;

	@Autowired
	SearchSource source;

	@Autowired
	RecordedEvents recorded;

	@Autowired
	RegistryHttp http;

	@BeforeEach
	void indexUp() {
		this.index.up();
	}

	@Test
	void recordsSubmittedWhileTheIndexIsDownBecomeSearchableWhenItReturns() {
		this.index.down();
		for (int i = 0; i < 3; i++) {
			submit(SearchCredentials.signed("Lighthouse " + i, "a zebrafinch on the rail"));
		}
		HttpResponse<byte[]> unavailable = this.http.get("/search?q=zebrafinch");
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());
		assertThat(RegistryHttp.json(unavailable).get("type").asString())
			.isEqualTo(Problem.SEARCH_UNAVAILABLE.type().toString());
		this.index.up();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("q=zebrafinch").get("total").asLong()).isEqualTo(3));
	}

	@Test
	void findsRecordsByTextUrlAndStatusWithHighlights() {
		String work = TestConsentCredentials.newId();
		String v1 = TestConsentCredentials.newId();
		submit(SearchCredentials.signed(v1, work, "Quokka <b>portrait</b>", "taken at the ferry", null, "tdm"));
		submit(SearchCredentials.signed(TestConsentCredentials.newId(), work, "Quokka portrait", "second version", v1,
				null));
		// until both versions are indexed with their final status (the first may be
		// indexed alone)
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(search("q=quokka&status=current").get("total").asLong()).isEqualTo(1);
			assertThat(search("q=quokka&status=superseded").get("total").asLong()).isEqualTo(1);
		});
		JsonNode superseded = search("q=quokka&status=superseded&purpose=tdm:refused");
		assertThat(superseded.get("total").asLong()).isEqualTo(1);
		JsonNode hit = superseded.get("hits").get(0);
		assertThat(hit.get("id").asString()).isEqualTo(v1.substring("urn:uuid:".length()));
		assertThat(hit.get("highlights").get("title").get(0).asString())
			.isEqualTo("<mark>Quokka</mark> &lt;b&gt;portrait&lt;/b&gt;");
		assertThat(hit.get("purposes").get("genai-train").asString()).isEqualTo("refused");
		String url = URLEncoder.encode(
				TestConsentCredentials.url(work).replace("https://art.example", "HTTPS://ART.example:443"),
				StandardCharsets.UTF_8);
		assertThat(search("url=" + url).get("total").asLong()).isEqualTo(2);
		assertThat(search("q=quokka").get("facets").get("status").get("superseded").asLong()).isEqualTo(1);
	}

	@Test
	void pagesWithCursorsAndSuggests() {
		for (int i = 0; i < 5; i++) {
			submit(SearchCredentials.signed("Wombat burrow " + i, "night walk"));
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("q=wombat").get("total").asLong()).isEqualTo(5));
		JsonNode first = search("q=wombat&size=3&sort=newest");
		assertThat(first.get("hits").size()).isEqualTo(3);
		JsonNode second = search("q=wombat&size=3&sort=newest&cursor=" + first.get("next").asString());
		assertThat(second.get("hits").size()).isEqualTo(2);
		assertThat(second.has("next")).isFalse();
		JsonNode suggestions = RegistryHttp.json(this.http.get("/search/suggest?prefix=womb"));
		assertThat(suggestions.get("suggestions").get(0).get("text").asString()).startsWith("Wombat burrow");
	}

	@Test
	void refusesInvalidParameters() {
		expectInvalid("/search?cursor=bm90IGEgY3Vyc29y", "cursor");
		expectInvalid("/search?purpose=painting:refused", "purpose");
		expectInvalid("/search?purpose=tdm:maybe", "purpose");
		expectInvalid("/search?size=101", "size");
		expectInvalid("/search?size=0", "size");
		expectInvalid("/search?url=ftp://art.example/x", "url");
		expectInvalid("/search?sha256=abc", "sha256");
		expectInvalid("/search?status=lost", "status");
		expectInvalid("/search?sort=random", "sort");
		expectInvalid("/search/suggest?prefix=a&limit=500", "limit");
	}

	@Test
	void reindexesFromLoopbackWhileSearchKeepsAnswering() {
		submit(SearchCredentials.signed("Axolotl pond", "gills"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search("q=axolotl").get("total").asLong()).isEqualTo(1));
		String before = RegistryHttp.json(this.http.get("/search/status")).get("index").get("version").asString();
		HttpResponse<byte[]> response = this.http.post("/admin/search/reindex", "application/json", new byte[0]);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(200);
		JsonNode result = RegistryHttp.json(response);
		assertThat(result.get("version").asString()).isNotEqualTo(before);
		assertThat(result.get("documents").asLong()).isPositive();
		assertThat(search("q=axolotl").get("total").asLong()).isEqualTo(1);
	}

	/**
	 * The indexer builds the documents of new records from the accepted record that the
	 * event carries; each must equal the document read back from the store, the slow path
	 * that updates, withdrawals, restarts and late events still take.
	 */
	@Test
	void documentsOfAcceptedRecordsEqualTheDocumentsReadFromTheStore() {
		ExampleWorks works = new ExampleWorks(TestCredentials.CREATOR.did(), "equivalence-" + System.nanoTime());
		for (int i = 0; i < 60; i++) {
			submit(TestConsentCredentials.signed(works.credential(i).toString(), TestCredentials.CREATOR));
		}
		submit(SearchCredentials.signed("Quay", "a heron on the quay at noon"));
		String first = TestConsentCredentials.newId();
		String work = TestConsentCredentials.newId();
		submit(SearchCredentials.signed(first, work, "Pier", "first version", null, null));
		submit(SearchCredentials.signed(TestConsentCredentials.newId(), work, "Pier", "second version", first,
				"ai-train"));
		List<ConsentRecorded> accepted = this.recorded.events()
			.stream()
			.filter((event) -> event.entry().replaces() == null && event.graph() != null)
			.toList();
		assertThat(accepted).hasSizeGreaterThanOrEqualTo(62);
		for (ConsentRecorded event : accepted) {
			long index = event.entry().logIndex();
			IndexedRecord stored = this.source.journal(index, index + 1)
				.stream()
				.filter((document) -> document.recordIri().equals(event.entry().record()))
				.findFirst()
				.orElseThrow();
			IndexedRecord fromMemory = this.source.recorded(event);
			if (stored.status() == RecordStatus.CURRENT) {
				assertThat(fromMemory).isEqualTo(stored);
			}
			else {
				assertThat(fromMemory).usingRecursiveComparison().ignoringFields("status").isEqualTo(stored);
			}
		}
	}

	private void expectInvalid(String path, String parameter) {
		HttpResponse<byte[]> response = this.http.get(path);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(400);
		JsonNode body = RegistryHttp.json(response);
		assertThat(body.get("type").asString()).isEqualTo(Problem.INVALID_PARAMETER.type().toString());
		assertThat(body.get("parameter").asString()).isEqualTo(parameter);
	}

	private JsonNode search(String query) {
		HttpResponse<byte[]> response = this.http.get("/search?" + query);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(200);
		return RegistryHttp.json(response);
	}

	private void submit(byte[] signed) {
		HttpResponse<byte[]> response = this.http.post("/records", "application/vc", signed);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SwitchableIndexConfiguration {

		@Bean(destroyMethod = "close")
		SwitchableSearchIndex switchableSearchIndex(TemporaryDataDirectory directory) {
			return new SwitchableSearchIndex(new LuceneSearchIndex(directory.root().resolve("search")));
		}

		@Bean
		RecordedEvents recordedEvents() {
			return new RecordedEvents();
		}

	}

	/** The {@link ConsentRecorded} events published, in order. */
	static class RecordedEvents {

		private final List<ConsentRecorded> events = new CopyOnWriteArrayList<>();

		@EventListener
		void onRecorded(ConsentRecorded event) {
			this.events.add(event);
		}

		List<ConsentRecorded> events() {
			return List.copyOf(this.events);
		}

	}

}
