package org.consentregistry.blocker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Plain HTTP GETs of snapshot files from one registry, at the paths of
 * {@code docs/api.md}, "Snapshots": nothing but the registry's URL is ever fetched (no
 * redirects are followed), and no body is read beyond the size it may have.
 */
final class SnapshotDownload {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(20))
		.build();

	private final String base;

	SnapshotDownload(String registry) throws CliException {
		String base = registry.endsWith("/") ? registry.substring(0, registry.length() - 1) : registry;
		URI uri;
		try {
			uri = URI.create(base);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(CrawlerBlockerCli.USAGE, "expected a registry URL, got '" + registry + "'", ex);
		}
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new CliException(CrawlerBlockerCli.USAGE,
					"expected an http(s) registry URL without query or fragment, got '" + registry + "'");
		}
		this.base = base;
	}

	/** Downloads {@code path} (relative to the registry URL) into {@code file}. */
	void get(String path, Path file, long maxBytes) throws CliException {
		URI uri = URI.create(this.base + "/" + path);
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).GET().build();
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				if (response.statusCode() != 200) {
					throw new CliException(CrawlerBlockerCli.IO,
							"GET " + uri + " answered " + response.statusCode() + ", expected 200"
									+ ((response.statusCode() == 404) ? " (no such snapshot on this registry)" : ""));
				}
				copy(in, file, maxBytes, uri);
			}
		}
		catch (IOException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "GET " + uri + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CliException(CrawlerBlockerCli.IO, "GET " + uri + " was interrupted", ex);
		}
	}

	private static void copy(InputStream in, Path file, long maxBytes, URI uri) throws IOException, CliException {
		byte[] buffer = new byte[1 << 16];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				total += n;
				if (total > maxBytes) {
					throw new CliException(CrawlerBlockerCli.REFUSED,
							"GET " + uri + " sent more than the " + maxBytes + " bytes expected: refused");
				}
				out.write(buffer, 0, n);
			}
		}
	}

}
