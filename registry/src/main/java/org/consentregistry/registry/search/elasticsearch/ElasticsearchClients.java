package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the elasticsearch-java client (Rest5 transport) from
 * {@link ElasticsearchSearchProperties}: the hosts, basic or API-key authentication, a CA
 * certificate to trust for TLS, the timeouts and the connection pool (the client's
 * default of 10 connections a node made searches at 16 concurrent clients wait for a
 * connection).
 */
final class ElasticsearchClients {

	private ElasticsearchClients() {
	}

	static ElasticsearchClient create(ElasticsearchSearchProperties properties) {
		Rest5ClientBuilder builder = Rest5Client.builder(properties.uris())
			.setDefaultHeaders(authorization(properties).toArray(Header[]::new))
			.setConnectionConfigCallback(
					(connection) -> connection.setConnectTimeout(Timeout.of(properties.connectTimeout()))
						.setSocketTimeout(Timeout.of(properties.socketTimeout())))
			.setRequestConfigCallback((request) -> request.setResponseTimeout(Timeout.of(properties.socketTimeout()))
				.setConnectionRequestTimeout(Timeout.of(properties.connectTimeout())))
			.setConnectionManagerCallback((pool) -> pool.setMaxConnPerRoute(properties.maxConnections())
				.setMaxConnTotal(properties.maxConnections() * Math.max(1, properties.uris().size())));
		if (properties.caCertificate() != null) {
			builder.setSSLContext(trusting(properties.caCertificate()));
		}
		return new ElasticsearchClient(new Rest5ClientTransport(builder.build(), new Jackson3JsonpMapper()));
	}

	private static List<Header> authorization(ElasticsearchSearchProperties properties) {
		List<Header> headers = new ArrayList<>();
		if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
			headers.add(new BasicHeader("Authorization", "ApiKey " + properties.apiKey()));
		}
		else if (properties.username() != null && !properties.username().isBlank()) {
			String password = (properties.password() != null) ? properties.password() : "";
			String credentials = properties.username() + ":" + password;
			headers.add(new BasicHeader("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
		}
		return headers;
	}

	/** A TLS context that trusts the certificates in a PEM file (and nothing else). */
	static SSLContext trusting(Path pem) {
		try (InputStream in = Files.newInputStream(pem)) {
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			int n = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				trusted.setCertificateEntry("ca-" + n++, certificate);
			}
			if (n == 0) {
				throw new IllegalArgumentException(
						"Expected at least one PEM certificate in " + pem + " but found none");
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the Elasticsearch CA certificate " + pem, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException(
					"Expected PEM X.509 certificates in " + pem + " (registry.search.elasticsearch.ca-certificate)",
					ex);
		}
	}

}
