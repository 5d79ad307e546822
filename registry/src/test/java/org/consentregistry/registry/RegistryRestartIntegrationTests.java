package org.consentregistry.registry;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.RegistryHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records and the decisions drawn from them survive stopping the registry (closing its
 * TDB2 dataset) and starting it again on the same data directory.
 */
class RegistryRestartIntegrationTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	@TempDir
	Path dataDir;

	@Test
	void recordsAndDecisionsSurviveARestart() {
		String work = TestConsentCredentials.newId();
		String v1 = TestConsentCredentials.newId();
		String v2 = TestConsentCredentials.newId();
		String issuer = TestCredentials.CREATOR.did();
		String record;
		Instant v1Received;
		try (ConfigurableApplicationContext registry = start()) {
			RegistryHttp http = new RegistryHttp(port(registry));
			JsonNode first = submit(http, TestConsentCredentials.consent(v1, issuer, work, JAN, null, "genai-train"));
			v1Received = Instant.parse(first.get("received").asString());
			record = submit(http, TestConsentCredentials.consent(v2, issuer, work, JAN, v1, "ai-input")).get("record")
				.asString();
		}
		try (ConfigurableApplicationContext registry = start()) {
			RegistryHttp http = new RegistryHttp(port(registry));
			JsonNode history = RegistryHttp.json(http.get("/records/" + v2.substring(9) + "/history"));
			assertThat(history.get("versions").findValuesAsString("status")).containsExactly("superseded", "current");
			String url = URLEncoder.encode(TestConsentCredentials.url(work), StandardCharsets.UTF_8);
			JsonNode now = RegistryHttp.json(http.get("/decisions?purpose=ai-input&identifier=" + url));
			assertThat(now.get("answer").asString()).isEqualTo("refused");
			assertThat(now.get("evidence").get(0).get("record").asString()).isEqualTo(record);
			JsonNode then = RegistryHttp
				.json(http.get("/decisions?purpose=genai-train&identifier=" + url + "&at=" + v1Received));
			assertThat(then.get("answer").asString()).isEqualTo("refused");
			assertThat(RegistryHttp.json(http.get("/decisions?purpose=genai-train&identifier=" + url))
				.get("answer")
				.asString()).isEqualTo("unknown");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RegistryApplication.class).run("--server.port=0",
				"--registry.graph.data-dir=" + this.dataDir, "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static JsonNode submit(RegistryHttp http, String unsigned) {
		HttpResponse<byte[]> response = http.post("/records", "application/vc",
				TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
		return RegistryHttp.json(response);
	}

}
