package org.consentregistry.blocker.guard;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Fetches a URL for the guard. Implementations must bound time and size. */
@FunctionalInterface
public interface Fetcher {

	/**
	 * The response to a GET of {@code url} with {@code userAgent}.
	 * @param url an http(s) URL
	 * @param userAgent the crawler's User-Agent header
	 * @return the response
	 * @throws IOException if the URL cannot be fetched
	 */
	Response get(String url, String userAgent) throws IOException;

	/**
	 * A response.
	 *
	 * @param status the HTTP status
	 * @param headers the headers, names in lower case
	 * @param body the body, cut at the fetcher's limit
	 */
	record Response(int status, Map<String, List<String>> headers, byte[] body) {

		/** The values of header {@code name} (case-insensitive). */
		public List<String> header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
		}

	}

	/**
	 * A fetcher over {@link HttpClient}: at most {@code maxBytes} of each body, the given
	 * timeout, redirects followed within the same scheme.
	 */
	static Fetcher http(Duration timeout, int maxBytes) {
		return new HttpFetcher(
				HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build(),
				timeout, maxBytes);
	}

}
