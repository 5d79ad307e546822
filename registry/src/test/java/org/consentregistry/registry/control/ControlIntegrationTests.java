package org.consentregistry.registry.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.SigningKey;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof of control end to end: claims over HTTP, checks against a web server and a real
 * DNS server (dnsmasq) on loopback, and decisions that count a permission once its
 * issuer's control is verified, while refusals count from anyone and conflicts show.
 */
@RegistryIntegrationTest(properties = { "registry.base-uri=https://registry.example",
		"registry.control.allow-loopback=true", "registry.control.allow-http=true", "registry.control.timeout=2s",
		"registry.control.min-check-interval=0s", "registry.control.max-pending-per-issuer=3" })
class ControlIntegrationTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final TestWebServer web = newServer();

	static final int dnsPort = freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("registry.control.web-port", web::port);
		registry.add("registry.control.dns-server", () -> "127.0.0.1:" + dnsPort);
	}

	@AfterAll
	static void stopServer() {
		web.close();
	}

	@Autowired
	RegistryHttp http;

	@Test
	void provesControlOfAHostWithAWellKnownFile() {
		String issuer = TestCredentials.CREATOR.did();
		JsonNode claim = claim(issuer, "{\"type\": \"Domain\", \"domain\": \"LocalHost\"}", 201);
		String token = claim.get("token").asString();
		String value = claim.get("value").asString();
		assertThat(value).startsWith(token + ".");
		assertThat(claim.get("status").asString()).isEqualTo("pending");
		assertThat(claim.get("identifier").get("domain").asString()).isEqualTo("localhost");
		assertThat(claim.get("publish").valueStream().map((p) -> p.get("method").asString())).containsExactly("dns",
				"http", "meta");
		String wellKnown = claim.get("publish").get(1).get("location").asString();
		assertThat(wellKnown).isEqualTo(web.url("/.well-known/consent-registry/" + token));

		JsonNode missing = check(claim, "?method=http");
		assertThat(missing.get("result").asString()).isEqualTo("failed");
		assertThat(missing.get("attempts").get(0).get("problem").get("type").asString())
			.isEqualTo(Problem.UNEXPECTED_STATUS.type().toString());
		web.serve("/.well-known/consent-registry/" + token, token + ".bound-to-someone-else");
		assertThat(check(claim, "?method=http").get("attempts").get(0).get("problem").get("type").asString())
			.isEqualTo(Problem.TOKEN_NOT_FOUND.type().toString());

		web.serve("/.well-known/consent-registry/" + token, value + "\n");
		JsonNode passed = check(claim, "?method=http");
		assertThat(passed.get("result").asString()).isEqualTo("passed");
		assertThat(passed.get("check").get("method").asString()).isEqualTo("http");
		assertThat(passed.get("claim").get("status").asString()).isEqualTo("verified");
		assertThat(Instant.parse(passed.get("claim").get("verifiedUntil").asString()))
			.isAfter(Instant.now().plusSeconds(29L * 24 * 3600));
		assertThat(claim(issuer, "{\"type\": \"Domain\", \"domain\": \"localhost\"}", 200).get("id").asString())
			.isEqualTo(claim.get("id").asString());
		JsonNode listed = json(this.http.get("/control?issuer=" + issuer), 200);
		assertThat(listed.get("claims").valueStream().map((c) -> c.get("id").asString()))
			.contains(claim.get("id").asString());
	}

	@Test
	void provesControlOfAUrlPrefixWithAMetaTagOnItsPage() {
		String issuer = TestCredentials.OTHER_CREATOR.did();
		String prefix = web.url("/~ada/");
		JsonNode claim = claim(issuer, "{\"type\": \"UrlPrefix\", \"urlPrefix\": \"" + prefix + "\"}", 201);
		String value = claim.get("value").asString();
		web.serve("/~ada/", "<html><head><title>Ada</title></head><body><meta name=\"consent-registry-verification\""
				+ " content=\"" + value + "\"></body></html>");
		JsonNode inBody = check(claim, "?method=meta");
		assertThat(inBody.get("result").asString()).isEqualTo("failed");
		assertThat(inBody.get("attempts").get(0).get("problem").get("type").asString())
			.isEqualTo(Problem.TOKEN_NOT_FOUND.type().toString());

		web.serve("/~ada/", "<html><head><meta name=\"consent-registry-verification\" content=\"" + value
				+ "\"></head><body>Ada</body></html>");
		JsonNode passed = check(claim, "?method=meta");
		assertThat(passed.get("result").asString()).isEqualTo("passed");
		assertThat(passed.get("claim").get("status").asString()).isEqualTo("verified");

		JsonNode notADirectory = claim(issuer,
				"{\"type\": \"UrlPrefix\", \"urlPrefix\": \"" + web.url("/~ada/works-") + "\"}", 201);
		HttpResponse<byte[]> refused = this.http.post(
				"/control/claims/" + notADirectory.get("id").asString() + "/check?method=meta", "application/json",
				new byte[0]);
		assertThat(json(refused, 400).get("parameter").asString()).isEqualTo("method");
	}

	@Test
	void countsAPermissionOnceItsIssuersControlIsVerifiedAndShowsConflicts() throws Exception {
		String work = TestConsentCredentials.newId();
		String url = TestConsentCredentials.url(work);
		String creatorRecord = submit(TestConsentCredentials.consent(TestConsentCredentials.newId(),
				TestCredentials.CREATOR.did(), work, JAN, null, null), TestCredentials.CREATOR);
		assertThat(decide(url, "search", "").get("decidedBy").asString()).isEqualTo("unverified-permission");

		JsonNode claim = claim(TestCredentials.CREATOR.did(),
				"{\"type\": \"Domain\", \"domain\": \"art.example\", \"includeSubdomains\": true}", 201);
		assertThat(claim.get("publish").valueStream().map((p) -> p.get("method").asString())).containsExactly("dns");
		String name = claim.get("publish").get(0).get("location").asString();
		assertThat(name).isEqualTo("_consent-registry.art.example");
		try (Dnsmasq dns = Dnsmasq.start(dnsPort, Map.of(name, "wrong.value"))) {
			JsonNode failed = check(claim, "");
			assertThat(failed.get("result").asString()).isEqualTo("failed");
			assertThat(failed.get("attempts").get(0).get("problem").get("type").asString())
				.isEqualTo(Problem.TOKEN_NOT_FOUND.type().toString());
		}
		Instant beforeVerification = Instant.now();
		try (Dnsmasq dns = Dnsmasq.start(dnsPort, Map.of(name, claim.get("value").asString()))) {
			assertThat(check(claim, "").get("check").get("method").asString()).isEqualTo("dns");
		}
		JsonNode allowed = decide(url, "search", "");
		assertThat(allowed.get("answer").asString()).isEqualTo("allowed");
		assertThat(allowed.get("decidedBy").asString()).isEqualTo("verified-permission");
		assertThat(allowed.get("evidence").get(0).get("controlVerified").asBoolean()).isTrue();
		assertThat(allowed.get("conflicts").isEmpty()).isTrue();
		assertThat(decide(url, "search", "&at=" + beforeVerification).get("decidedBy").asString())
			.isEqualTo("unverified-permission");

		String otherRecord = submit(TestConsentCredentials.consent(TestConsentCredentials.newId(),
				TestCredentials.OTHER_CREATOR.did(), work, JAN, null, "search"), TestCredentials.OTHER_CREATOR);
		JsonNode refused = decide(url, "search", "");
		assertThat(refused.get("answer").asString()).isEqualTo("refused");
		assertThat(refused.get("decidedBy").asString()).isEqualTo("refusal-wins");
		assertThat(refused.get("conflicts").valueStream().map((c) -> c.get("issuer").asString()))
			.containsExactlyInAnyOrder(TestCredentials.CREATOR.did(), TestCredentials.OTHER_CREATOR.did());

		assertThat(this.http.get(path(creatorRecord), "application/vc").headers().firstValue("Link"))
			.contains("<" + creatorRecord + "/control>; rel=\"https://w3id.org/consent-registry/rel/control\"");
		JsonNode control = json(this.http.get(path(creatorRecord) + "/control"), 200);
		assertThat(control.get("identifiers").get(0).get("controlVerified").asBoolean()).isTrue();
		assertThat(control.get("conflicts").get(0).get("record").asString()).isEqualTo(otherRecord);
		assertThat(control.get("conflicts").get(0).get("issuer").asString())
			.isEqualTo(TestCredentials.OTHER_CREATOR.did());
		assertThat(control.get("conflicts").get(0).get("controlVerified").asBoolean()).isFalse();
		String page = RegistryHttp.text(this.http.get(path(creatorRecord), "text/html"));
		assertThat(page).contains("Conflicts").contains(otherRecord).contains("control verified until");
	}

	@Test
	void refusesBadClaimsWithProblems() {
		String issuer = TestCredentials.CREATOR.did();
		expect(this.http.post("/control/claims", "application/json", bytes("not json")), 400,
				Problem.INVALID_PARAMETER);
		expect(this.http.post("/control/claims", "application/json",
				bytes("{\"issuer\": \"mallory\", \"identifier\": {\"type\": \"Domain\", \"domain\": \"a.example\"}}")),
				400, Problem.INVALID_PARAMETER);
		expect(this.http.post("/control/claims", "application/json",
				bytes("{\"issuer\": \"" + issuer
						+ "\", \"identifier\": {\"type\": \"ExactUrl\", \"url\": \"https://a.example/x\"}}")),
				400, Problem.INVALID_PARAMETER);
		expect(this.http.post("/control/claims", "application/json",
				bytes("{\"issuer\": \"" + issuer
						+ "\", \"identifier\": {\"type\": \"UrlPrefix\", \"urlPrefix\": \"ftp://a\"}}")),
				400, Problem.INVALID_PARAMETER);
		expect(this.http.post("/control/claims", "application/json", new byte[9000]), 413, Problem.BODY_TOO_LARGE);
		expect(this.http.get("/control/claims/not-a-uuid"), 404, Problem.UNKNOWN_CLAIM);
		expect(this.http.post("/control/claims/0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01/check", "application/json",
				new byte[0]), 404, Problem.UNKNOWN_CLAIM);
		expect(this.http.get("/control"), 400, Problem.INVALID_PARAMETER);
		String flooder = SigningKey.generate().did();
		for (int i = 0; i < 3; i++) {
			claim(flooder, "{\"type\": \"Domain\", \"domain\": \"site" + i + ".example\"}", 201);
		}
		expect(this.http.post("/control/claims", "application/json",
				bytes("{\"issuer\": \"" + flooder
						+ "\", \"identifier\": {\"type\": \"Domain\", \"domain\": \"x.example\"}}")),
				429, Problem.TOO_MANY_CLAIMS);
	}

	private JsonNode claim(String issuer, String identifier, int status) {
		return json(this.http.post("/control/claims", "application/json",
				bytes("{\"issuer\": \"" + issuer + "\", \"identifier\": " + identifier + "}")), status);
	}

	private JsonNode check(JsonNode claim, String query) {
		return json(this.http.post("/control/claims/" + claim.get("id").asString() + "/check" + query,
				"application/json", new byte[0]), 200);
	}

	private JsonNode decide(String url, String purpose, String more) {
		return json(this.http.get("/decisions?purpose=" + purpose + "&identifier="
				+ URLEncoder.encode(url, StandardCharsets.UTF_8) + more), 200);
	}

	private String submit(String unsigned, SigningKey key) {
		return json(this.http.post("/records", "application/vc", TestConsentCredentials.signed(unsigned, key)), 201)
			.get("record")
			.asString();
	}

	private static String path(String record) {
		return record.substring("https://registry.example".length());
	}

	private static void expect(HttpResponse<byte[]> response, int status, Problem problem) {
		assertThat(json(response, status).get("type").asString()).isEqualTo(problem.type().toString());
	}

	private static JsonNode json(HttpResponse<byte[]> response, int status) {
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(status);
		return RegistryHttp.json(response);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static TestWebServer newServer() {
		try {
			return new TestWebServer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try {
			return Dnsmasq.freePort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
