package org.consentregistry.registry.decision;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Point-in-time answers over HTTP on a fresh registry: a creator changes terms several
 * times and withdraws them, and every decision and record lookup as of every point
 * before, after and between the steps, by time and by log size, answers as the registry
 * stood then.
 */
@RegistryIntegrationTest(properties = "registry.base-uri=https://registry.example")
class PointInTimeIntegrationTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final String BASE = "https://registry.example/records/";

	@Autowired
	RegistryHttp http;

	final String issuer = TestCredentials.CREATOR.did();

	final String work = TestConsentCredentials.newId();

	final List<Step> steps = new ArrayList<>();

	@Test
	void everyPastAnswerStaysAsTheRegistryStoodThenWhileACreatorChangesTermsAndWithdraws() {
		String v1 = TestConsentCredentials.newId();
		String v2 = TestConsentCredentials.newId();
		String v3 = TestConsentCredentials.newId();
		String withdrawal = TestConsentCredentials.newId();
		// v1 refuses ai-input; v2 refuses nothing; v3 refuses search; then a withdrawal.
		submit(v1, TestConsentCredentials.consent(v1, this.issuer, this.work, JAN, null, "ai-input"));
		submit(v2, TestConsentCredentials.consent(v2, this.issuer, this.work, JAN, v1, null));
		submit(v3, TestConsentCredentials.consent(v3, this.issuer, this.work, JAN, v2, "search"));
		submit(withdrawal, TestConsentCredentials.withdrawal(withdrawal, this.issuer, this.work, JAN, v3));
		long before = this.steps.get(0).logSize() - 1;
		assertThat(this.steps).extracting(Step::logSize)
			.containsExactly(before + 1, before + 2, before + 3, before + 4);

		for (int stood = 0; stood <= 4; stood++) {
			Instant at = (stood == 0) ? this.steps.get(0).received().minusNanos(1)
					: this.steps.get(stood - 1).received();
			checkEveryAnswer(stood, "logSize=" + (before + stood), (stood == 0) ? null : at);
			checkEveryAnswer(stood, "at=" + at, at);
		}
		for (int stood = 1; stood < 4; stood++) {
			Instant after = this.steps.get(stood - 1).received();
			Instant between = after.plus(Duration.between(after, this.steps.get(stood).received()).dividedBy(2));
			assertThat(between).isAfter(after).isBefore(this.steps.get(stood).received());
			checkEveryAnswer(stood, "at=" + between, between);
		}
		Instant later = this.steps.get(3).received().plusSeconds(1);
		checkEveryAnswer(4, "at=" + later, later);
	}

	@Test
	void decisionNowNamesTheDurableLogSizeAndTheLatestSignedCheckpoint() {
		String v1 = TestConsentCredentials.newId();
		submit(v1, TestConsentCredentials.consent(v1, this.issuer, this.work, JAN, null, "ai-input"));
		JsonNode now = decide("ai-input", "");
		long size = this.steps.get(0).logSize();
		assertThat(now.get("logSize").asLong()).isEqualTo(size);
		assertThat(now.get("checkpoint").get("size").asLong()).isEqualTo(size);
		assertThat(now.get("checkpoint").get("rootHash").asString()).isNotBlank();
		assertThat(now.get("checkpoint").get("note").asString()).contains("\n" + size + "\n");
	}

	@Test
	void refusesAmbiguousOrUnreachablePointsWithProblems() {
		String url = URLEncoder.encode(TestConsentCredentials.url(this.work), StandardCharsets.UTF_8);
		String decision = "/decisions?purpose=tdm&identifier=" + url;
		String record = "/records/" + TestConsentCredentials.newId().substring("urn:uuid:".length());
		for (String path : List.of(decision, record + "/history", "/records?work=" + this.work)) {
			String separator = path.contains("?") ? "&" : "?";
			expectProblem(path + separator + "at=2026-01-01T00:00:00Z&logSize=0", Problem.CONFLICTING_POINT_IN_TIME);
			expectProblem(path + separator + "logSize=1000000", Problem.LOG_SIZE_BEYOND_LOG);
			expectProblem(path + separator + "logSize=-1", Problem.INVALID_PARAMETER);
			expectProblem(path + separator + "logSize=many", Problem.INVALID_PARAMETER);
			expectProblem(path + separator + "at=yesterday", Problem.INVALID_PARAMETER);
		}
	}

	/**
	 * Checks every answer as of {@code point}, which must name the registry after
	 * {@code stood} steps, and the instant {@code at} (if {@code null}: some instant
	 * before the first step).
	 */
	private void checkEveryAnswer(int stood, String point, @Nullable Instant at) {
		String v = "as of " + point + " (after " + stood + " steps)";
		JsonNode aiInput = decide("ai-input", "&" + point);
		assertThat(aiInput.get("answer").asString()).as(v).isEqualTo((stood == 1) ? "refused" : "unknown");
		assertThat(evidence(aiInput)).as(v).containsExactlyElementsOf(inForce(stood, 1));
		JsonNode search = decide("search", "&" + point);
		assertThat(search.get("answer").asString()).as(v).isEqualTo((stood == 3) ? "refused" : "unknown");
		assertThat(evidence(search)).as(v).containsExactlyElementsOf(inForce(stood, 1, 2, 3));
		for (JsonNode decision : List.of(aiInput, search)) {
			assertThat(decision.get("logSize").asLong()).as(v).isEqualTo(logSize(stood));
			Instant answeredAt = Instant.parse(decision.get("at").asString());
			if (at != null) {
				assertThat(answeredAt).as(v).isEqualTo(at);
			}
			else {
				assertThat(answeredAt).as(v).isBefore(this.steps.get(0).received());
			}
		}
		for (int i = 0; i < this.steps.size(); i++) {
			HttpResponse<byte[]> read = this.http.get("/records/" + uuid(this.steps.get(i).id()) + "?" + point,
					"application/vc");
			if (i < stood) {
				assertThat(read.statusCode()).as(v).isEqualTo(200);
				assertThat(read.body()).as(v).isEqualTo(this.steps.get(i).bytes());
			}
			else {
				assertThat(problem(read)).as(v).isEqualTo(Problem.NOT_YET_RECORDED.type().toString());
			}
		}
		checkHistoryAndListing(stood, point, v);
	}

	private void checkHistoryAndListing(int stood, String point, String v) {
		HttpResponse<byte[]> history = this.http.get("/records/" + uuid(this.steps.get(0).id()) + "/history?" + point);
		HttpResponse<byte[]> listing = this.http.get("/records?work=" + this.work + "&" + point);
		HttpResponse<byte[]> page = this.http.get("/records/" + uuid(this.steps.get(0).id()) + "?" + point,
				"text/html");
		JsonNode records = RegistryHttp.json(listing).get("records");
		assertThat(RegistryHttp.json(listing).get("total").asInt()).as(v).isEqualTo(stood);
		assertThat(RegistryHttp.json(listing).get("logSize").asLong()).as(v).isEqualTo(logSize(stood));
		if (stood == 0) {
			assertThat(problem(history)).as(v).isEqualTo(Problem.NOT_YET_RECORDED.type().toString());
			assertThat(page.statusCode()).as(v).isEqualTo(404);
			assertThat(records).as(v).isEmpty();
			return;
		}
		JsonNode versions = RegistryHttp.json(history).get("versions");
		assertThat(versions).as(v).hasSize(stood);
		for (int i = 0; i < stood; i++) {
			JsonNode version = versions.get(i);
			String expected = (stood == 4) ? "withdrawn" : (i < stood - 1) ? "superseded" : "current";
			assertThat(version.get("record").asString()).as(v).isEqualTo(BASE + uuid(this.steps.get(i).id()));
			assertThat(version.get("status").asString()).as(v).isEqualTo(expected);
			String supersededBy = (i < stood - 1) ? BASE + uuid(this.steps.get(i + 1).id()) : null;
			assertThat(text(version, "supersededBy")).as(v).isEqualTo(supersededBy);
			assertThat(text(version, "supersededAt")).as(v)
				.isEqualTo((i < stood - 1) ? this.steps.get(i + 1).received().toString() : null);
			JsonNode listed = records.get(stood - 1 - i);
			assertThat(listed.get("record").asString()).as(v).isEqualTo(version.get("record").asString());
			assertThat(listed.get("status").asString()).as(v).isEqualTo(expected);
		}
		String v1Status = (stood == 4) ? "withdrawn" : (stood > 1) ? "superseded" : "current";
		assertThat(page.statusCode()).as(v).isEqualTo(200);
		assertThat(RegistryHttp.text(page)).as(v).contains("<span class=\"status\">" + v1Status + "</span>");
	}

	/** The log size after {@code stood} steps. */
	private long logSize(int stood) {
		return this.steps.get(0).logSize() - 1 + stood;
	}

	/**
	 * The record IRIs of the versions (1-based steps) if {@code stood} is one of them.
	 */
	private List<String> inForce(int stood, int... stepsWithEvidence) {
		for (int step : stepsWithEvidence) {
			if (step == stood) {
				return List.of(BASE + uuid(this.steps.get(step - 1).id()));
			}
		}
		return List.of();
	}

	private void submit(String id, String unsigned) {
		byte[] signed = TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR);
		HttpResponse<byte[]> response = this.http.post("/records", "application/vc", signed);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
		JsonNode body = RegistryHttp.json(response);
		this.steps.add(new Step(id, signed, body.get("receipt").get("index").asLong() + 1,
				Instant.parse(body.get("received").asString())));
	}

	private JsonNode decide(String purpose, String more) {
		HttpResponse<byte[]> response = this.http.get("/decisions?purpose=" + purpose + "&identifier="
				+ URLEncoder.encode(TestConsentCredentials.url(this.work), StandardCharsets.UTF_8) + more);
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(200);
		return RegistryHttp.json(response);
	}

	private void expectProblem(String path, Problem problem) {
		HttpResponse<byte[]> response = this.http.get(path);
		assertThat(response.statusCode()).as(path + ": " + RegistryHttp.text(response))
			.isEqualTo(problem.status().value());
		assertThat(problem(response)).as(path).isEqualTo(problem.type().toString());
	}

	private static String problem(HttpResponse<byte[]> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return RegistryHttp.json(response).get("type").asString();
	}

	private static List<String> evidence(JsonNode decision) {
		return decision.get("evidence").valueStream().map((e) -> e.get("record").asString()).distinct().toList();
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String uuid(String credentialId) {
		return credentialId.substring("urn:uuid:".length());
	}

	/**
	 * A step the creator took.
	 *
	 * @param id the credential id
	 * @param bytes the signed credential as submitted
	 * @param logSize the log size right after it
	 * @param received when the registry received it
	 */
	record Step(String id, byte[] bytes, long logSize, Instant received) {
	}

}
