package org.consentregistry.registry.search.elasticsearch;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Upgrading onto an index of the layout before: the registry finds it behind the alias,
 * rebuilds it from the store into the current layout by itself, and search answers
 * throughout.
 */
@RegistryIntegrationTest(properties = { "registry.base-uri=https://registry.example",
		"registry.search.backend=elasticsearch", "registry.search.elasticsearch.replicas=0" })
class ElasticsearchLayoutUpgradeIntegrationTests {

	private static String prefix = "";

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws Exception {
		ElasticsearchNode node = ElasticsearchNode.shared();
		prefix = node.prefix("upgrade");
		IndexLayoutIntegrationTests.createIndexOfLayoutOne(node, prefix);
		registry.add("registry.search.elasticsearch.uris", () -> node.httpUri().toString());
		registry.add("registry.search.elasticsearch.index-prefix", () -> prefix);
	}

	@LocalServerPort
	int port;

	@Autowired
	SearchIndex index;

	@Test
	void rebuildsAnIndexOfTheLayoutBeforeIntoTheCurrentOne() {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(this.index.outdated()).isFalse();
			assertThat(this.index.health().version()).isEqualTo(prefix + "-records-v2");
		});
		RegistryHttp http = new RegistryHttp(this.port);
		String work = TestConsentCredentials.newId();
		byte[] signed = TestConsentCredentials.signed(TestConsentCredentials.consent(TestConsentCredentials.newId(),
				TestCredentials.CREATOR.did(), work, Instant.parse("2026-01-01T00:00:00Z"), null, "genai-train"),
				TestCredentials.CREATOR);
		assertThat(http.post("/records", "application/vc", signed).statusCode()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			HttpResponse<byte[]> all = http.get("/search?size=1", "application/json");
			assertThat(RegistryHttp.json(all).get("total").asLong()).isEqualTo(1);
		});
		assertThat(this.index.health().version()).isEqualTo(prefix + "-records-v2");
	}

}
