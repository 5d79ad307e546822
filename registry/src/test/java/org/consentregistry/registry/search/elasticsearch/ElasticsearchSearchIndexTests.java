package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.consentregistry.registry.search.SearchHealth;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Elasticsearch adapter without a cluster: every call is a
 * {@link SearchUnavailableException} with the configured retry hint, never an error of
 * another kind, and health says why.
 */
class ElasticsearchSearchIndexTests {

	@Test
	void answersUnavailableWhenNoNodeListens() throws IOException {
		try (ElasticsearchSearchIndex index = indexOnClosedPort()) {
			assertThatExceptionOfType(SearchUnavailableException.class)
				.isThrownBy(() -> index.search(SearchQuery.builder().text("harbour").build()))
				.withMessageContaining("Elasticsearch could not")
				.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
			assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(() -> index.index(List.of(), 3));
			assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(index::position);
			assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(() -> index.suggest("ha", 5));
			assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(index::rebuild);
		}
	}

	@Test
	void reportsUnavailableHealthWithReason() throws IOException {
		try (ElasticsearchSearchIndex index = indexOnClosedPort()) {
			SearchHealth health = index.health();
			assertThat(health.available()).isFalse();
			assertThat(health.backend()).isEqualTo("elasticsearch");
			assertThat(health.detail()).contains("Elasticsearch could not");
		}
	}

	private static ElasticsearchSearchIndex indexOnClosedPort() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		ElasticsearchSearchProperties properties = ElasticsearchSearchProperties
			.of(List.of(URI.create("http://127.0.0.1:" + port)), "closed");
		return new ElasticsearchSearchIndex(ElasticsearchClients.create(properties), properties);
	}

}
