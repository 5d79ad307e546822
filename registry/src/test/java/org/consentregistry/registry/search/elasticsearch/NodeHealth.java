package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** Waits for a test node's cluster to be yellow or green. */
final class NodeHealth {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private NodeHealth() {
	}

	/**
	 * Polls the cluster health until it is yellow or green.
	 * @param node the node's HTTP address
	 * @param timeout how long to wait in all
	 * @param alive whether the node can still come up (false: stop waiting)
	 * @return why the node is not ready, or {@code null} when it is
	 */
	static String awaitReady(URI node, Duration timeout, BooleanSupplier alive) {
		return awaitReady(HTTP, HttpRequest::newBuilder, node, timeout, alive);
	}

	/**
	 * Polls the cluster health with the given client and requests (a node with TLS and
	 * authentication) until it is yellow or green.
	 * @param client the client to ask with
	 * @param requests a request builder for an address (adds credentials)
	 * @param node the node's HTTP address
	 * @param timeout how long to wait in all
	 * @param alive whether the node can still come up (false: stop waiting)
	 * @return why the node is not ready, or {@code null} when it is
	 */
	static String awaitReady(HttpClient client, Function<URI, HttpRequest.Builder> requests, URI node, Duration timeout,
			BooleanSupplier alive) {
		Instant deadline = Instant.now().plus(timeout);
		String last = "no answer yet";
		while (Instant.now().isBefore(deadline)) {
			if (!alive.getAsBoolean()) {
				return "the node exited before it was ready (" + last + ")";
			}
			try {
				HttpResponse<String> response = client
					.send(requests.apply(node.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
						.timeout(Duration.ofSeconds(10))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
					return null;
				}
				last = "HTTP " + response.statusCode() + ": " + response.body();
			}
			catch (IOException ex) {
				last = ex.toString();
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "interrupted while waiting";
			}
		}
		return "not ready after " + timeout.toSeconds() + " s (" + last + ")";
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
