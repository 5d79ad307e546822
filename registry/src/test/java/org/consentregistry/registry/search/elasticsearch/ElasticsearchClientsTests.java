package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credentials the registry's Elasticsearch client sends, seen by a local HTTP server
 * standing in for the cluster: {@code Authorization: ApiKey} with an API key (preferred
 * over a user), {@code Basic} with a user, nothing without either.
 */
class ElasticsearchClientsTests {

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			this.authorizations.add((authorization != null) ? authorization : "(none)");
			exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void sendsTheApiKeyWhenOneIsConfiguredEvenBesideAUser() throws IOException {
		ping(Map.of("api-key", "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", "username", "registry",
				"password", "secret"));
		assertThat(this.authorizations)
			.containsExactly("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
	}

	@Test
	void sendsBasicCredentialsForAUser() throws IOException {
		ping(Map.of("username", "registry", "password", "s3cret:with colon"));
		assertThat(this.authorizations).containsExactly("Basic cmVnaXN0cnk6czNjcmV0OndpdGggY29sb24=");
	}

	@Test
	void sendsNoCredentialsWhenNoneAreConfigured() throws IOException {
		ping(Map.of());
		assertThat(this.authorizations).containsExactly("(none)");
	}

	private void ping(Map<String, String> settings) throws IOException {
		Map<String, String> configured = new HashMap<>();
		settings.forEach((key, value) -> configured.put("registry.search.elasticsearch." + key, value));
		configured.put("registry.search.elasticsearch.uris",
				URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()).toString());
		ElasticsearchSearchProperties properties = new Binder(new MapConfigurationPropertySource(configured))
			.bindOrCreate("registry.search.elasticsearch", ElasticsearchSearchProperties.class);
		ElasticsearchClient client = ElasticsearchClients.create(properties);
		try {
			assertThat(client.ping().value()).isTrue();
		}
		finally {
			client._transport().close();
		}
	}

}
