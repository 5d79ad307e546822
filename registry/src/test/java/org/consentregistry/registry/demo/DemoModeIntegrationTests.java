package org.consentregistry.registry.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consentregistry.registry.cli.RegistryCli;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first minutes: demo mode populates the registry through the real
 * submission pipeline, and the creators' CLI submits to the running server.
 */
@RegistryIntegrationTest(properties = { "registry.demo.enabled=true", "registry.demo.works=40" })
class DemoModeIntegrationTests {

	@TempDir
	Path dir;

	@LocalServerPort
	int port;

	@Test
	void demoModeLoadsSignedExampleWorksThatAnswerDecisions() throws Exception {
		RegistryHttp http = new RegistryHttp(this.port);
		String demoIssuer = DemoLoader.demoKey().did();
		JsonNode listing = RegistryHttp
			.json(http.get("/records?issuer=" + demoIssuer + "&limit=100", "application/json"));
		assertThat(listing.get("total").asInt()).isEqualTo(40);
		String url = new ExampleWorks(demoIssuer, "demo").credential(0)
			.getJsonObject("credentialSubject")
			.getJsonArray("identifier")
			.getJsonObject(0)
			.getString("url");
		JsonNode decision = RegistryHttp
			.json(http.get("/decisions?purpose=search&identifier=" + url, "application/json"));
		assertThat(decision.get("evidence")).isNotEmpty();
		assertThat(decision.get("evidence").get(0).get("issuer").asString()).isEqualTo(demoIssuer);
	}

	@Test
	void cliSubmitPrintsTheRecordAndReportsARefusalInOneLine() throws IOException {
		Path key = this.dir.resolve("key.json");
		Path unsigned = this.dir.resolve("unsigned.json");
		Path signed = this.dir.resolve("signed.json");
		Files.writeString(unsigned, new ExampleWorks("unused", "cli-submit").credential(1).toString());
		assertThat(cli("keygen", "--out", key.toString())).isZero();
		assertThat(cli("sign", "--key", key.toString(), "--set-issuer", "-o", signed.toString(), unsigned.toString()))
			.isZero();
		StringWriter out = new StringWriter();
		assertThat(RegistryCli.run(
				new String[] { "submit", "--registry", "http://localhost:" + this.port, signed.toString() },
				new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)))
			.isZero();
		assertThat(out.toString().strip()).startsWith("http://localhost:8080/records/");

		Files.writeString(signed, Files.readString(signed).replace("#1", "#2"));
		StringWriter err = new StringWriter();
		assertThat(RegistryCli.run(
				new String[] { "submit", "--registry", "http://localhost:" + this.port, signed.toString() },
				new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)))
			.isEqualTo(RegistryCli.REFUSED);
		assertThat(err.toString()).startsWith("submit: refused (HTTP 4")
			.contains("https://w3id.org/consent-registry/problems/bad-signature")
			.hasLineCount(1);
	}

	private static int cli(String... args) {
		return RegistryCli.run(args, new PrintWriter(new StringWriter(), true),
				new PrintWriter(new StringWriter(), true));
	}

}
