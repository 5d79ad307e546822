package org.consentregistry.blocker.guard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link Fetcher#http}: bounded GETs over the JDK HTTP client. */
final class HttpFetcher implements Fetcher {

	private final HttpClient client;

	private final Duration timeout;

	private final int maxBytes;

	HttpFetcher(HttpClient client, Duration timeout, int maxBytes) {
		this.client = client;
		this.timeout = timeout;
		this.maxBytes = maxBytes;
	}

	@Override
	public Response get(String url, String userAgent) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.timeout)
			.header("User-Agent", userAgent)
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			byte[] body;
			try (InputStream in = response.body()) {
				body = in.readNBytes(this.maxBytes);
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
			return new Response(response.statusCode(), headers, body);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while fetching " + url, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("expected an http(s) URL, got '" + url + "'", ex);
		}
	}

}
