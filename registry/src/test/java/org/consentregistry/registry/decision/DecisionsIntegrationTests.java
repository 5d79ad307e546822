package org.consentregistry.registry.decision;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions over HTTP against records submitted through the real pipeline: the engine
 * follows every accepted write, and {@code at} in the past sees the terms then in force.
 */
@RegistryIntegrationTest(properties = "registry.base-uri=https://registry.example")
class DecisionsIntegrationTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	RegistryHttp http;

	final String issuer = TestCredentials.CREATOR.did();

	final String work = TestConsentCredentials.newId();

	@Test
	void decidesAgainstTheTermsInForceAtEachInstant() {
		Instant beforeAnything = Instant.now();
		String v1 = TestConsentCredentials.newId();
		Instant v1Received = submit(
				TestConsentCredentials.consent(v1, this.issuer, this.work, JAN, null, "genai-train"));
		JsonNode refused = decide("genai-train", "");
		assertThat(refused.get("answer").asString()).isEqualTo("refused");
		assertThat(refused.get("decidedBy").asString()).isEqualTo("refusal-wins");
		assertThat(refused.get("purpose").asString()).isEqualTo("genai-train");
		JsonNode evidence = refused.get("evidence").get(0);
		assertThat(evidence.get("record").asString()).isEqualTo(record(v1));
		assertThat(evidence.get("issuer").asString()).isEqualTo(this.issuer);
		assertThat(evidence.get("matchedBy").get("type").asString()).isEqualTo("ExactUrl");
		assertThat(evidence.get("matchedBy").get("value").asString()).isEqualTo(url());
		assertThat(evidence.get("rule").get("effect").asString()).isEqualTo("prohibit");
		assertThat(evidence.get("controlVerified").asBoolean()).isFalse();

		String v2 = TestConsentCredentials.newId();
		Instant v2Received = submit(TestConsentCredentials.consent(v2, this.issuer, this.work, JAN, v1, null));
		assertThat(decide("genai-train", "").get("answer").asString()).isEqualTo("unknown");
		assertThat(decide("genai-train", "&at=" + v1Received).get("answer").asString()).isEqualTo("refused");
		assertThat(decide("genai-train", "&at=" + beforeAnything).get("decidedBy").asString())
			.isEqualTo("no-matching-record");
		JsonNode permitted = decide("ai-train", "&recipient=https://coop.example/&at=" + v2Received);
		assertThat(permitted.get("decidedBy").asString()).isEqualTo("unverified-permission");
		assertThat(permitted.get("evidence").get(0).get("record").asString()).isEqualTo(record(v2));
		assertThat(permitted.get("evidence").get(0).get("rule").get("duties").valueStream().map(JsonNode::asString))
			.containsExactly("attribute", "compensate");

		submit(TestConsentCredentials.withdrawal(TestConsentCredentials.newId(), this.issuer, this.work, JAN, v2));
		assertThat(decide("ai-train", "&recipient=https://coop.example/").get("decidedBy").asString())
			.isEqualTo("no-matching-record");
		assertThat(decide("genai-train", "&at=" + v1Received).get("answer").asString()).isEqualTo("refused");
	}

	@Test
	void answersTheNormalisedIdentifier() {
		submit(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, JAN, null,
				"genai-train"));
		String shouting = url().replace("https://art.example", "HTTPS://ART.Example:443");
		JsonNode decision = RegistryHttp.json(this.http
			.get("/decisions?purpose=genai-train&identifier=" + URLEncoder.encode(shouting, StandardCharsets.UTF_8)));
		assertThat(decision.get("identifier").asString()).isEqualTo(url());
		assertThat(decision.get("answer").asString()).isEqualTo("refused");
		JsonNode hash = RegistryHttp.json(this.http.get("/decisions?purpose=tdm&identifier=SHA256:" + "AB".repeat(32)));
		assertThat(hash.get("identifier").asString()).isEqualTo("sha256:" + "ab".repeat(32));
		assertThat(hash.get("decidedBy").asString()).isEqualTo("no-matching-record");
	}

	@Test
	void refusesInvalidParametersWithProblems() {
		String url = URLEncoder.encode(url(), StandardCharsets.UTF_8);
		expectInvalid("/decisions?purpose=painting&identifier=" + url, "purpose");
		expectInvalid("/decisions?purpose=tdm&identifier=not%20a%20url", "identifier");
		expectInvalid("/decisions?purpose=tdm&identifier=ftp://art.example/x", "identifier");
		expectInvalid("/decisions?purpose=tdm&identifier=sha256:abc", "identifier");
		expectInvalid("/decisions?purpose=tdm&at=yesterday&identifier=" + url, "at");
		expectInvalid("/decisions?purpose=tdm&commercial=maybe&identifier=" + url, "commercial");
		HttpResponse<byte[]> missing = this.http.get("/decisions?purpose=tdm");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(RegistryHttp.json(missing).get("type").asString())
			.isEqualTo(Problem.INVALID_PARAMETER.type().toString());
	}

	private void expectInvalid(String path, String parameter) {
		HttpResponse<byte[]> response = this.http.get(path);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(400);
		JsonNode body = RegistryHttp.json(response);
		assertThat(body.get("type").asString()).isEqualTo(Problem.INVALID_PARAMETER.type().toString());
		assertThat(body.get("parameter").asString()).isEqualTo(parameter);
	}

	private JsonNode decide(String purpose, String more) {
		HttpResponse<byte[]> response = this.http.get("/decisions?purpose=" + purpose + "&identifier="
				+ URLEncoder.encode(url(), StandardCharsets.UTF_8) + more);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(200);
		return RegistryHttp.json(response);
	}

	private Instant submit(String unsigned) {
		HttpResponse<byte[]> response = this.http.post("/records", "application/vc",
				TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
		return Instant.parse(RegistryHttp.json(response).get("received").asString());
	}

	private String url() {
		return TestConsentCredentials.url(this.work);
	}

	private static String record(String credentialId) {
		return "https://registry.example/records/" + credentialId.substring("urn:uuid:".length());
	}

}
