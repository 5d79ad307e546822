package org.consentregistry.registry.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for integration tests against the running registry.
 */
public final class RegistryHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI base;

	public RegistryHttp(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	public HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
		return post(path, contentType, BodyPublishers.ofByteArray(body));
	}

	public HttpResponse<byte[]> post(String path, String contentType, BodyPublisher body) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).header("Content-Type", contentType).POST(body));
	}

	public HttpResponse<byte[]> get(String path, String accept) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).header("Accept", accept).GET());
	}

	public HttpResponse<byte[]> get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET());
	}

	/** The body as JSON. */
	public static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(response.body());
	}

	/** The body as text. */
	public static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
