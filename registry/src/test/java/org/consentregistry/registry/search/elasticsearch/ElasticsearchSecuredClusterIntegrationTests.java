package org.consentregistry.registry.search.elasticsearch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Elasticsearch adapter against a node with security on, configured the way the
 * operators' guide says: HTTPS with a certificate from the operator's own CA
 * ({@code ca-certificate}) and a user's password. Credentials or a certificate the
 * registry cannot accept make search unavailable with the reason (a 503 for clients,
 * retried by the indexer), never a server error. (API keys live in the cluster's security
 * index, whose analyzers the integ-test-zip's module set lacks, so the test node cannot
 * make one; {@link ElasticsearchClientsTests} checks the header the registry sends.)
 */
class ElasticsearchSecuredClusterIntegrationTests {

	private static final String PREFIX = "registry.search.elasticsearch";

	@TempDir
	static Path files;

	static NodeSecurity security;

	static DistributionNode node;

	@BeforeAll
	static void startSecuredNode() {
		security = NodeSecurity.create(files.resolve("security"));
		node = DistributionNode.secured("secured-node", security);
		node.start();
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void indexesAndSearchesOverHttpsAsAUserWithAPassword() {
		assertThat(node.httpUri().getScheme()).isEqualTo("https");
		IndexedRecord record = ElasticsearchSearchIndexIntegrationTests.harbour(1, "Harbour at dusk");
		try (ElasticsearchSearchIndex index = index("basic", Map.of("username", security.username(), "password",
				security.password(), "ca-certificate", security.certificates().authority().toString()))) {
			index.index(List.of(record), 1);
			assertThat(index.search(SearchQuery.builder().text("harbour").build()).hits())
				.extracting((hit) -> hit.record().recordId())
				.containsExactly(record.recordId());
			assertThat(index.position()).isEqualTo(1);
		}
	}

	@Test
	void searchIsUnavailableWithTheReasonWhenTheClusterRefusesTheCredentials() {
		try (ElasticsearchSearchIndex index = index("refused", Map.of("username", security.username(), "password",
				"not-" + security.password(), "ca-certificate", security.certificates().authority().toString()))) {
			assertThatExceptionOfType(SearchUnavailableException.class)
				.isThrownBy(() -> index.search(SearchQuery.builder().text("harbour").build()))
				.withMessageContaining("refused the registry's credentials")
				.withMessageContaining("401");
		}
	}

	@Test
	void searchIsUnavailableWhenTheClusterCertificateIsNotFromTheConfiguredAuthority() {
		TestCertificates other = TestCertificates.create(files.resolve("other-ca"), "other");
		try (ElasticsearchSearchIndex index = index("untrusted", Map.of("username", security.username(), "password",
				security.password(), "ca-certificate", other.authority().toString()))) {
			assertThatExceptionOfType(SearchUnavailableException.class)
				.isThrownBy(() -> index.search(SearchQuery.builder().text("harbour").build()))
				.withMessageContaining("SSLHandshakeException");
		}
	}

	/**
	 * An adapter configured from {@code registry.search.elasticsearch.*} properties, as
	 * the registry binds them.
	 */
	private static ElasticsearchSearchIndex index(String name, Map<String, String> settings) {
		Map<String, String> all = new HashMap<>(settings);
		all.put("uris", node.httpUri().toString());
		all.put("index-prefix", "secured-" + name);
		all.put("replicas", "0");
		Map<String, String> configured = new HashMap<>();
		all.forEach((key, value) -> configured.put(PREFIX + "." + key, value));
		ElasticsearchSearchProperties properties = new Binder(new MapConfigurationPropertySource(configured))
			.bindOrCreate(PREFIX, ElasticsearchSearchProperties.class);
		return new ElasticsearchSearchIndex(ElasticsearchClients.create(properties), properties);
	}

}
