package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consentregistry.registry.demo.ExampleWorks;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A creator's round trip with the command line against a running registry: sign, submit
 * keeping the receipt, and verify the receipt offline with the registry's published key,
 * including that the logged leaf names the submitted bytes.
 */
@RegistryIntegrationTest
class SubmitReceiptIntegrationTests {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void aSubmittedCredentialsReceiptVerifiesOfflineAgainstTheCredential() throws IOException {
		Path signed = signedExample();
		Path receipt = this.dir.resolve("receipt.json");
		assertThat(run("submit", "--registry", "http://127.0.0.1:" + this.port, "--receipt", receipt.toString(),
				signed.toString()))
			.as(this.err.toString())
			.isZero();
		Path keys = this.dir.resolve("log-keys.txt");
		Files.writeString(keys, RegistryHttp
			.text(new RegistryHttp(this.port).get("/.well-known/consent-registry/log-keys", "text/plain")));
		assertThat(
				run("verify-receipt", "--key", keys.toString(), "--credential", signed.toString(), receipt.toString()))
			.as(this.err.toString())
			.isZero();
		Path other = this.dir.resolve("other.json");
		Files.writeString(other, Files.readString(signed).replace("\"title\"", "\"title\" "));
		assertThat(
				run("verify-receipt", "--key", keys.toString(), "--credential", other.toString(), receipt.toString()))
			.isEqualTo(RegistryCli.REFUSED);
	}

	private Path signedExample() throws IOException {
		Path key = this.dir.resolve("key.json");
		assertThat(run("keygen", "--out", key.toString())).isZero();
		Path unsigned = this.dir.resolve("unsigned.json");
		Files.writeString(unsigned, new ExampleWorks("unused", "cli-receipt").credential(7).toString(),
				StandardCharsets.UTF_8);
		Path signed = this.dir.resolve("signed.json");
		assertThat(run("sign", "--key", key.toString(), "--set-issuer", "-o", signed.toString(), unsigned.toString()))
			.as(this.err.toString())
			.isZero();
		return signed;
	}

	private int run(String... args) {
		return RegistryCli.run(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true));
	}

}
