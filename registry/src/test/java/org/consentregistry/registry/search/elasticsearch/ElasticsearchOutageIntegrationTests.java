package org.consentregistry.registry.search.elasticsearch;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outage scenario on a real node: while Elasticsearch is down, submissions
 * keep succeeding and search answers 503 problem+json with {@code Retry-After}; once the
 * node is back, every record becomes searchable without anyone acting.
 */
@RegistryIntegrationTest(
		properties = { "registry.base-uri=https://registry.example", "registry.search.backend=elasticsearch",
				"registry.search.elasticsearch.replicas=0", "registry.search.elasticsearch.retry-after=7s",
				"registry.search.min-backoff=100ms", "registry.search.max-backoff=2s" })
class ElasticsearchOutageIntegrationTests {

	private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		ElasticsearchNode node = ElasticsearchNode.shared();
		registry.add("registry.search.elasticsearch.uris", () -> node.httpUri().toString());
		registry.add("registry.search.elasticsearch.index-prefix", () -> node.prefix("outage"));
	}

	@LocalServerPort
	int port;

	@Test
	void keepsTakingSubmissionsWhileTheNodeIsDownAndCatchesUpWhenItReturns() {
		RegistryHttp http = new RegistryHttp(this.port);
		List<String> works = new ArrayList<>();
		submit(http, works, 3);
		awaitSearchable(http, works, Duration.ofSeconds(60));
		ElasticsearchNode node = ElasticsearchNode.shared();
		node.stop();
		try {
			submit(http, works, 3);
			HttpResponse<byte[]> refused = http.get("/search?q=harbour", "application/json");
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
			assertThat(RegistryHttp.json(refused).get("type").asString()).endsWith("/problems/search-unavailable");
		}
		finally {
			node.start();
		}
		awaitSearchable(http, works, Duration.ofSeconds(90));
	}

	private static void submit(RegistryHttp http, List<String> works, int count) {
		for (int i = 0; i < count; i++) {
			String work = TestConsentCredentials.newId();
			byte[] signed = TestConsentCredentials.signed(TestConsentCredentials.consent(TestConsentCredentials.newId(),
					TestCredentials.CREATOR.did(), work, JAN, null, "genai-train"), TestCredentials.CREATOR);
			assertThat(http.post("/records", "application/vc", signed).statusCode()).isEqualTo(201);
			works.add(work);
		}
	}

	private static void awaitSearchable(RegistryHttp http, List<String> works, Duration atMost) {
		await().atMost(atMost).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			HttpResponse<byte[]> all = http.get("/search?size=1", "application/json");
			assertThat(all.statusCode()).isEqualTo(200);
			assertThat(RegistryHttp.json(all).get("total").asLong()).isEqualTo(works.size());
		});
		for (String work : works) {
			HttpResponse<byte[]> found = http.get(
					"/search?url=" + URLEncoder.encode(TestConsentCredentials.url(work), StandardCharsets.UTF_8),
					"application/json");
			JsonNode hits = RegistryHttp.json(found).get("hits");
			assertThat(hits).as(work).hasSize(1);
		}
	}

}
