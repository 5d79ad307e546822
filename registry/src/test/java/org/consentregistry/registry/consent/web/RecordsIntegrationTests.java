package org.consentregistry.registry.consent.web;

import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.registry.consent.CR;
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
 * The registry end to end over HTTP, with real signed credentials on a temporary TDB2
 * dataset: submit, read back, deduplicate, update, history, withdraw, and every refusal.
 */
@RegistryIntegrationTest(
		properties = { "registry.base-uri=https://registry.example", "registry.limits.max-triples=200" })
class RecordsIntegrationTests {

	static final String BASE = "https://registry.example/records/";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	@Autowired
	RegistryHttp http;

	final String issuer = TestCredentials.CREATOR.did();

	final String work = TestConsentCredentials.newId();

	@Test
	void acceptsAPermissionThatARefusalOverridesButWarnsTheCreator() {
		String id = TestConsentCredentials.newId();
		// ai-train is permitted to one co-op, but tdm (broader) is refused outright.
		byte[] signed = sign(TestConsentCredentials.consent(id, this.issuer, this.work, JAN, null, "tdm"));
		HttpResponse<byte[]> created = this.http.post("/records", "application/vc", signed);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode warnings = RegistryHttp.json(created).get("warnings");
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void submitsAndReadsBackTheOriginalBytesAndTheGraph() {
		String id = TestConsentCredentials.newId();
		byte[] signed = sign(TestConsentCredentials.consent(id, this.issuer, this.work, JAN, null, "genai-train"));
		HttpResponse<byte[]> created = this.http.post("/records", "application/vc", signed);
		assertThat(created.statusCode()).isEqualTo(201);
		String record = BASE + uuid(id);
		assertThat(created.headers().firstValue("Location")).hasValue(record);
		JsonNode body = RegistryHttp.json(created);
		assertThat(body.get("record").asString()).isEqualTo(record);
		assertThat(body.get("status").asString()).isEqualTo("current");
		assertThat(body.get("issuer").asString()).isEqualTo(this.issuer);
		assertThat(body.get("work").asString()).isEqualTo(this.work);
		assertThat(Instant.parse(body.get("received").asString())).isBefore(Instant.now().plusSeconds(1));

		for (String type : new String[] { "application/vc", "application/vc+ld+json", "application/ld+json" }) {
			HttpResponse<byte[]> original = this.http.get("/records/" + uuid(id), type);
			assertThat(original.statusCode()).isEqualTo(200);
			assertThat(original.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> t.startsWith(type));
			assertThat(original.body()).isEqualTo(signed);
		}
		Graph turtle = RDFParser
			.fromString(RegistryHttp.text(this.http.get("/records/" + uuid(id), "text/turtle")), Lang.TURTLE)
			.toGraph();
		assertThat(turtle.contains(NodeFactory.createURI(id), RDF.type.asNode(), CR.ConsentCredential)).isTrue();
		DatasetGraph quads = RDFParser
			.fromString(RegistryHttp.text(this.http.get("/records/" + uuid(id) + "?format=nq")), Lang.NQUADS)
			.toDatasetGraph();
		assertThat(quads.getGraph(NodeFactory.createURI(record)).isIsomorphicWith(turtle)).isTrue();
		assertThat(RegistryHttp.text(this.http.get("/records/" + uuid(id) + "?format=nt"))).contains("<" + id + ">");
		assertThat(RegistryHttp.text(this.http.get("/records/" + uuid(id) + "?format=jsonld")))
			.isEqualTo(new String(signed, StandardCharsets.UTF_8));
	}

	@Test
	void rendersAPlainHtmlPage() {
		String id = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				JAN, null, "genai-train"));
		HttpResponse<byte[]> page = this.http.get("/records/" + uuid(id), "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> t.startsWith("text/html"));
		assertThat(RegistryHttp.text(page))
			.contains("Harbour at dusk", "Ada Example", "Generative AI training", "Refused", "credit the creator",
					"https://coop.example/", TestConsentCredentials.url(this.work), "current", "format=ttl",
					"<script type=\"application/ld+json\">{")
			.doesNotContainPattern("<script(?! type=\"application/ld\\+json\")");
		HttpResponse<byte[]> missing = this.http.get("/records/00000000-0000-4000-8000-000000000000", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(RegistryHttp.text(missing)).contains("Record not found");
	}

	@Test
	void answersTheExistingRecordWhenTheSameCredentialIsSubmittedAgain() {
		String id = TestConsentCredentials.newId();
		byte[] signed = sign(TestConsentCredentials.consent(id, this.issuer, this.work, JAN, null, "ai-input"));
		assertThat(this.http.post("/records", "application/vc", signed).statusCode()).isEqualTo(201);
		HttpResponse<byte[]> again = this.http.post("/records", "application/ld+json", signed);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("Location")).hasValue(BASE + uuid(id));
		byte[] different = sign(TestConsentCredentials.consent(id, this.issuer, this.work, JAN, null, "genai-train"));
		expectProblem(this.http.post("/records", "application/vc", different), Problem.CONFLICTING_CREDENTIAL);
	}

	@Test
	void updatesWithdrawsAndKeepsTheHistory() {
		String v1 = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				JAN, null, "genai-train"));
		String v2 = submitted(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, FEB, v1, null));
		JsonNode history = RegistryHttp.json(this.http.get("/records/" + uuid(v2) + "/history"));
		assertThat(history.get("versions").findValuesAsString("record")).containsExactly(BASE + uuid(v1),
				BASE + uuid(v2));
		assertThat(history.get("versions").findValuesAsString("status")).containsExactly("superseded", "current");
		assertThat(history.get("versions").get(0).get("supersededBy").asString()).isEqualTo(BASE + uuid(v2));

		String withdrawal = submitted(
				TestConsentCredentials.withdrawal(TestConsentCredentials.newId(), this.issuer, this.work, FEB, v2));
		JsonNode after = RegistryHttp.json(this.http.get("/records/" + uuid(v1) + "/history"));
		assertThat(after.get("versions").findValuesAsString("record")).containsExactly(BASE + uuid(v1), BASE + uuid(v2),
				BASE + uuid(withdrawal));
		assertThat(after.get("versions").findValuesAsString("status")).containsOnly("withdrawn");
		assertThat(after.get("versions").get(2).get("kind").asString()).isEqualTo("ConsentWithdrawal");
		HttpResponse<byte[]> withdrawalPage = this.http.get("/records/" + uuid(withdrawal), "text/html");
		assertThat(withdrawalPage.statusCode()).isEqualTo(200);
		assertThat(RegistryHttp.text(withdrawalPage)).contains("withdrawn", "withdraws the consent terms");
		assertThat(RegistryHttp.text(this.http.get("/records/" + uuid(v1), "text/html")))
			.contains("A newer version exists", BASE + uuid(v2));
	}

	@Test
	void refusesAnUpdateFromAnotherIssuer() {
		String v1 = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				JAN, null, "genai-train"));
		String other = TestCredentials.OTHER_CREATOR.did();
		byte[] update = TestConsentCredentials.signed(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), other, this.work, FEB, v1, null),
				TestCredentials.OTHER_CREATOR);
		expectProblem(this.http.post("/records", "application/vc", update), Problem.ISSUER_MISMATCH);
	}

	@Test
	void refusesReplayingOrUpdatingASupersededVersion() {
		byte[] v1Bytes = sign(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				JAN, null, "genai-train"));
		String v1 = RegistryHttp.json(this.http.post("/records", "application/vc", v1Bytes)).get("record").asString();
		String v1Id = "urn:uuid:" + v1.substring(BASE.length());
		submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, FEB, v1Id,
				null));
		expectProblem(this.http.post("/records", "application/vc", v1Bytes), Problem.SUPERSEDED);
		byte[] fork = sign(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, FEB,
				v1Id, "ai-input"));
		expectProblem(this.http.post("/records", "application/vc", fork), Problem.SUPERSEDED);
	}

	@Test
	void refusesAnUpdateOlderThanTheVersionItReplaces() {
		String v1 = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				FEB, null, "genai-train"));
		byte[] older = sign(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, JAN, v1, null));
		expectProblem(this.http.post("/records", "application/vc", older), Problem.OUT_OF_ORDER_UPDATE);
	}

	@Test
	void listsRecordsOfAnIssuerAndOfAWorkNewestFirst() {
		String v1 = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				JAN, null, "genai-train"));
		String v2 = submitted(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, FEB, v1, null));
		JsonNode ofWork = RegistryHttp.json(this.http.get("/records?work=" + this.work));
		assertThat(ofWork.get("records").findValuesAsString("record")).containsExactly(BASE + uuid(v2),
				BASE + uuid(v1));
		JsonNode page = RegistryHttp.json(this.http.get("/records?issuer=" + this.issuer + "&limit=1"));
		assertThat(page.get("records")).hasSize(1);
		assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
		expectProblem(this.http.get("/records?limit=0"), Problem.INVALID_PARAMETER);
	}

	@Test
	void answersUnknownRecordForMissingOrMalformedIds() {
		expectProblem(this.http.get("/records/00000000-0000-4000-8000-000000000000", "application/vc"),
				Problem.UNKNOWN_RECORD);
		expectProblem(this.http.get("/records/not-a-record", "text/turtle"), Problem.UNKNOWN_RECORD);
		expectProblem(this.http.get("/records/not-a-record/history"), Problem.UNKNOWN_RECORD);
	}

	@Test
	void servesTheJsonLdContextByteForByte() throws Exception {
		HttpResponse<byte[]> context = this.http.get("/consent-registry/context/v1");
		assertThat(context.statusCode()).isEqualTo(200);
		assertThat(context.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> t.startsWith("application/ld+json"));
		try (InputStream in = getClass().getResourceAsStream("/schemas/context/v1/consent.jsonld")) {
			assertThat(context.body()).isEqualTo(in.readAllBytes());
		}
	}

	@Test
	void servesTheOpenApiDescription() {
		HttpResponse<byte[]> docs = this.http.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(RegistryHttp.json(docs).get("paths").propertyNames()).contains("/records", "/records/{id}",
				"/decisions");
		assertThat(this.http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesMalformedBodiesWithProblems() {
		expectProblem(this.http.post("/records", "application/vc", "not json".getBytes(StandardCharsets.UTF_8)),
				Problem.MALFORMED_CREDENTIAL);
		expectProblem(this.http.post("/records", "application/vc", new byte[0]), Problem.MALFORMED_CREDENTIAL);
		expectProblem(this.http.post("/records", "application/vc", "[1,2]".getBytes(StandardCharsets.UTF_8)),
				Problem.MALFORMED_CREDENTIAL);
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		expectProblem(this.http.post("/records", "application/vc", deep.getBytes(StandardCharsets.UTF_8)),
				Problem.MALFORMED_CREDENTIAL);
		expectProblem(this.http.post("/records", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
				Problem.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void refusesBodiesOverTheLimitBeforeReadingThemInFull() {
		byte[] big = new byte[1024 * 1024 + 1];
		expectProblem(this.http.post("/records", "application/vc", big), Problem.BODY_TOO_LARGE);
		Stream<byte[]> chunks = Stream.generate(() -> new byte[64 * 1024]).limit(20);
		expectProblem(this.http.post("/records", "application/vc", BodyPublishers.ofByteArrays(chunks::iterator)),
				Problem.BODY_TOO_LARGE);
	}

	@Test
	void refusesCredentialsThatFailVerification() {
		String unsigned = TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work, JAN,
				null, "ai-input");
		expectProblem(this.http.post("/records", "application/vc", TestConsentCredentials.bytes(unsigned)),
				Problem.UNSIGNED_CREDENTIAL);
		String tampered = new String(sign(unsigned), StandardCharsets.UTF_8).replace("Harbour at dusk",
				"Harbour at dawn");
		expectProblem(this.http.post("/records", "application/vc", TestConsentCredentials.bytes(tampered)),
				Problem.BAD_SIGNATURE);
		String remote = unsigned.replace("https://w3id.org/consent-registry/context/v1", "https://evil.example/ctx");
		expectProblem(this.http.post("/records", "application/vc", TestConsentCredentials.bytes(remote)),
				Problem.UNKNOWN_CONTEXT);
		byte[] future = sign(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, this.work,
				Instant.now().plusSeconds(86_400 * 365), null, "ai-input"));
		expectProblem(this.http.post("/records", "application/vc", future), Problem.NOT_YET_VALID);
	}

	@Test
	void refusesCredentialsThatBreakTheShapesOrLimits() {
		String badId = TestConsentCredentials.consent("https://example.org/credential/1", this.issuer, this.work, JAN,
				null, "ai-input");
		expectProblem(this.http.post("/records", "application/vc", sign(badId)), Problem.INVALID_CREDENTIAL_ID);
		String noIdentifier = TestConsentCredentials
			.consent(TestConsentCredentials.newId(), this.issuer, this.work, JAN, null, "ai-input")
			.replaceAll("\"identifier\": \\[[^\\]]*\\],", "");
		HttpResponse<byte[]> violation = this.http.post("/records", "application/vc", sign(noIdentifier));
		expectProblem(violation, Problem.SHACL_VIOLATION);
		JsonNode violations = RegistryHttp.json(violation).get("violations");
		assertThat(violations).hasSize(1);
		assertThat(violations.get(0).get("focusNode").asString()).isEqualTo(this.work);
		assertThat(violations.get(0).get("path").asString()).contains("identifier");
		assertThat(violations.get(0).get("message").asString()).isNotBlank();
		assertThat(violations.get(0).get("constraint").asString())
			.isEqualTo("http://www.w3.org/ns/shacl#MinCountConstraintComponent");
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 80; i++) {
			many.append("{\"type\": \"ExactUrl\", \"url\": \"https://art.example/many/").append(i).append("\"},");
		}
		String tooMany = TestConsentCredentials
			.consent(TestConsentCredentials.newId(), this.issuer, this.work, JAN, null, "ai-input")
			.replace("\"identifier\": [", "\"identifier\": [" + many);
		expectProblem(this.http.post("/records", "application/vc", sign(tooMany)), Problem.TOO_MANY_TRIPLES);
	}

	private String submitted(String unsigned) {
		HttpResponse<byte[]> response = this.http.post("/records", "application/vc", sign(unsigned));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
		return "urn:uuid:" + RegistryHttp.json(response).get("record").asString().substring(BASE.length());
	}

	static byte[] sign(String unsigned) {
		return TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR);
	}

	static String uuid(String credentialId) {
		return credentialId.substring("urn:uuid:".length());
	}

	static void expectProblem(HttpResponse<byte[]> response, Problem problem) {
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(problem.status().value());
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = RegistryHttp.json(response);
		assertThat(body.get("type").asString()).isEqualTo(problem.type().toString());
		assertThat(body.get("title").asString()).isEqualTo(problem.title());
		assertThat(body.get("status").asInt()).isEqualTo(problem.status().value());
	}

}
