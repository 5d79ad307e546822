package org.consentregistry.registry.search.elasticsearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared test node answers on loopback with security off.
 */
class ElasticsearchNodeIntegrationTests {

	@Test
	void answersOnLoopbackWithSecurityOff() throws Exception {
		URI node = ElasticsearchNode.shared().httpUri();
		assertThat(node.getHost()).isIn("127.0.0.1", "localhost");
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(node.resolve("/_cluster/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"number_of_nodes\":1");
	}

}
