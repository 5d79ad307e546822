package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Security for a test node as an operator would set it up: HTTPS with a certificate from
 * its own CA ({@link TestCertificates}) and one user of the file realm with the built-in
 * {@code superuser} role. The node's configuration directory is a copy of the
 * distribution's with the certificates and the realm's files added.
 *
 * @param certificates the CA and the node's certificate and key
 * @param username the user's name
 * @param password the user's password (random)
 */
record NodeSecurity(TestCertificates certificates, String username, String password) {

	/** A new CA, certificate and user, the files under {@code directory}. */
	static NodeSecurity create(Path directory) {
		byte[] secret = new byte[12];
		new SecureRandom().nextBytes(secret);
		return new NodeSecurity(TestCertificates.create(directory, "registry-test"), "registry",
				HexFormat.of().formatHex(secret));
	}

	/**
	 * Writes the node's configuration directory: the distribution's files, the
	 * certificates under {@code certs/} and the file realm's {@code users} and
	 * {@code users_roles}.
	 * @param home the distribution
	 * @param config the directory to fill (replaced)
	 */
	void configure(Path home, Path config) {
		ConsoleLog.deleteTree(config);
		ConsoleLog.copyTree(home.resolve("config"), config);
		try {
			Path certs = Files.createDirectories(config.resolve("certs"));
			Files.copy(this.certificates.certificate(), certs.resolve("node.crt"));
			Files.copy(this.certificates.key(), certs.resolve("node.key"));
			Files.copy(this.certificates.authority(), certs.resolve("ca.crt"));
			byte[] salt = new byte[16];
			new SecureRandom().nextBytes(salt);
			String hash = OpenBSDBCrypt.generate("2a", this.password.toCharArray(), salt, 10);
			Files.writeString(config.resolve("users"), this.username + ":" + hash + "\n");
			Files.writeString(config.resolve("users_roles"), "superuser:" + this.username + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the secured test node's configuration in " + config, ex);
		}
	}

	/**
	 * The node settings that turn security and HTTPS on, paths relative to its config.
	 */
	Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("xpack.security.enabled", "true");
		settings.put("xpack.security.http.ssl.enabled", "true");
		settings.put("xpack.security.http.ssl.certificate", "certs/node.crt");
		settings.put("xpack.security.http.ssl.key", "certs/node.key");
		settings.put("xpack.security.http.ssl.certificate_authorities", "certs/ca.crt");
		// one node, single-node discovery: no other node to talk to over the transport
		settings.put("xpack.security.transport.ssl.enabled", "false");
		return settings;
	}

	/** An HTTP client that trusts the node's CA only. */
	HttpClient client() {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(2))
			.sslContext(ElasticsearchClients.trusting(this.certificates.authority()))
			.build();
	}

	/** A request to the node as the user. */
	HttpRequest.Builder request(URI uri) {
		String credentials = this.username + ":" + this.password;
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

}
