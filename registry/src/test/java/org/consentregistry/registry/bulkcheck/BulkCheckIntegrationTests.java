package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /bulk-check} over real HTTP against records submitted through the real
 * pipeline: answers match {@code GET /decisions} item for item, errors are reported in
 * place, answers stream before the body ends, and an idle client is let go.
 */
@RegistryIntegrationTest(properties = { "registry.base-uri=https://registry.example",
		"server.tomcat.connection-timeout=5s", "server.tomcat.keep-alive-timeout=120s" })
class BulkCheckIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	RegistryHttp http;

	final String token = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void answersAsDecisionsDoItemForItem() {
		Fixtures fixtures = new Fixtures(this.http, this.token);
		List<String> items = fixtures.submitMixedRecords();
		long size = checkpointSize();
		for (String query : List.of("purpose=genai-train", "purpose=ai-train&recipient=https://coop.example/",
				"purpose=tdm&commercial=false", "purpose=search", "purpose=ai-input")) {
			List<JsonNode> answers = awaitCheckpoint(query, items, size);
			for (int i = 0; i < items.size(); i++) {
				JsonNode decision = RegistryHttp.json(this.http.get("/decisions?" + query + "&identifier="
						+ URLEncoder.encode(items.get(i), StandardCharsets.UTF_8)));
				assertSameDecision(answers.get(i), decision, query + " " + items.get(i));
			}
			JsonNode summary = answers.get(items.size()).get("summary");
			assertThat(summary.get("answers").asLong()).isEqualTo(items.size());
			assertThat(summary.get("errors").asLong()).isZero();
			assertThat(summary.get("complete").asBoolean()).isTrue();
			String note = summary.get("checkpoint").get("note").asString();
			assertThat(note.split("\n")[1]).isEqualTo(summary.get("checkpoint").get("size").asString());
			assertThat(note.split("\n")[2]).isEqualTo(summary.get("checkpoint").get("rootHash").asString());
			assertThat(answers.get(0).get("checkpoint").get("size").asLong()).isEqualTo(size);
			assertThat(answers.get(0).get("checkpoint").get("rootHash").asString()).isEqualTo(note.split("\n")[2]);
		}
	}

	@Test
	void reportsMalformedLinesInPlaceAndGoesOn() {
		String url = TestConsentCredentials.url(TestConsentCredentials.newId());
		String body = String.join("\n", "{\"id\":\"a\",\"url\":\"" + url + "\"}", "not json",
				"{\"id\":\"c\",\"url\":5}", "", "{\"id\":\"d\",\"url\":\"ftp://art.example/x\"}",
				"{\"id\":4,\"sha256\":\"abc\"}", "{\"url\":\"" + url + "\",\"sha256\":\"" + "a".repeat(64) + "\"}",
				"{\"url\":\"" + "x".repeat(20_000) + "\"}",
				"{\"id\":8.5,\"sha256\":\"" + "AB".repeat(32) + "\",\"caption\":{\"x\":[1]}}") + "\n";
		List<JsonNode> lines = bulkCheck("purpose=tdm", body);
		assertThat(lines).hasSize(9);
		assertThat(lines.get(0).get("id").asString()).isEqualTo("a");
		assertThat(lines.get(0).get("answer").asString()).isEqualTo("unknown");
		assertError(lines.get(1), Problem.MALFORMED_ITEM, 2);
		assertError(lines.get(2), Problem.MALFORMED_ITEM, 3);
		assertThat(lines.get(2).get("id").asString()).isEqualTo("c");
		assertError(lines.get(3), Problem.INVALID_IDENTIFIER, 5);
		assertThat(lines.get(3).get("id").asString()).isEqualTo("d");
		assertError(lines.get(4), Problem.INVALID_IDENTIFIER, 6);
		assertThat(lines.get(4).get("id").asInt()).isEqualTo(4);
		assertError(lines.get(5), Problem.MALFORMED_ITEM, 7);
		assertError(lines.get(6), Problem.ITEM_TOO_LONG, 8);
		assertThat(lines.get(7).get("id").asDouble()).isEqualTo(8.5);
		assertThat(lines.get(7).get("decidedBy").asString()).isEqualTo("no-matching-record");
		JsonNode summary = lines.get(8).get("summary");
		assertThat(summary.get("lines").asLong()).isEqualTo(9);
		assertThat(summary.get("answers").asLong()).isEqualTo(2);
		assertThat(summary.get("errors").asLong()).isEqualTo(6);
		assertThat(summary.get("unknown").asLong()).isEqualTo(2);
		assertThat(summary.get("complete").asBoolean()).isTrue();
	}

	@Test
	void refusesBadParametersWithProblems() {
		byte[] body = "{\"url\":\"https://art.example/\"}\n".getBytes(StandardCharsets.UTF_8);
		expectProblem(this.http.post("/bulk-check?purpose=painting", "application/x-ndjson", body), 400,
				Problem.INVALID_PARAMETER);
		expectProblem(this.http.post("/bulk-check?purpose=tdm&commercial=maybe", "application/x-ndjson", body), 400,
				Problem.INVALID_PARAMETER);
		expectProblem(this.http.post("/bulk-check", "application/x-ndjson", body), 400, Problem.INVALID_PARAMETER);
		expectProblem(this.http.post("/bulk-check?purpose=tdm", "application/json", body), 415,
				Problem.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void streamsAnswersBeforeTheBodyEnds() throws Exception {
		int half = 150_000;
		String known = new Fixtures(this.http, this.token).submitRefusal("genai-train");
		awaitCheckpoint("purpose=genai-train", List.of(known), checkpointSize());
		try (StreamingClient client = new StreamingClient(this.port, "/bulk-check?purpose=genai-train")) {
			AtomicLong answered = new AtomicLong();
			AtomicLong refused = new AtomicLong();
			AtomicReference<String> last = new AtomicReference<>();
			Thread reader = new Thread(() -> {
				try {
					assertThat(client.status()).isEqualTo(200);
					for (String line = client.line(); line != null; line = client.line()) {
						last.set(line);
						if (line.contains("\"refused\"")) {
							refused.incrementAndGet();
						}
						answered.incrementAndGet();
					}
				}
				catch (IOException ex) {
					last.set("failed: " + ex);
				}
			});
			reader.start();
			sendItems(client, 0, half, known);
			await().atMost(Duration.ofMinutes(2)).until(() -> answered.get() >= half);
			assertThat(answered.get()).as("answers before the rest was sent").isEqualTo(half);
			sendItems(client, half, 2 * half, known);
			client.finish();
			reader.join(Duration.ofMinutes(2).toMillis());
			assertThat(answered.get()).isEqualTo(2L * half + 1);
			assertThat(refused.get()).isEqualTo(2L * half / 3 + 1);
			JsonNode summary = JSON.readTree(last.get()).get("summary");
			assertThat(summary.get("lines").asLong()).isEqualTo(2L * half);
			assertThat(summary.get("complete").asBoolean()).isTrue();
		}
	}

	@Test
	void letsAnIdleClientGoAfterTheConnectionTimeout() throws IOException {
		try (StreamingClient client = new StreamingClient(this.port, "/bulk-check?purpose=tdm")) {
			client.send("{\"id\":1,\"url\":\"https://art.example/idle\"}\n".getBytes(StandardCharsets.UTF_8));
			assertThat(client.status()).isEqualTo(200);
			assertThat(client.line()).as("answered before the client went idle").startsWith("{\"id\":1,");
			long start = System.nanoTime();
			String summary = client.line();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
			JsonNode end = JSON.readTree(summary).get("summary");
			assertThat(end.get("complete").asBoolean()).isFalse();
			assertThat(end.get("error").get("type").asString())
				.isEqualTo(Problem.BULK_CHECK_READ_FAILED.type().toString());
			assertThat(end.get("answers").asLong()).isEqualTo(1);
		}
	}

	private void sendItems(StreamingClient client, int from, int to, String known) throws IOException {
		StringBuilder batch = new StringBuilder();
		for (int i = from; i < to; i++) {
			String url = (i % 3 == 0) ? known : "https://unknown-" + this.token + ".example/works/" + i + ".jpg";
			batch.append("{\"id\":").append(i).append(",\"url\":\"").append(url).append("\"}\n");
			if (batch.length() > 60_000) {
				client.send(batch.toString().getBytes(StandardCharsets.UTF_8));
				batch.setLength(0);
			}
		}
		client.send(batch.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<JsonNode> awaitCheckpoint(String query, List<String> items, long size) {
		StringBuilder body = new StringBuilder();
		items.forEach((item) -> body.append(item.startsWith("sha256:") ? "{\"sha256\":\"" + item.substring(7) + "\"}\n"
				: "{\"url\":\"" + item + "\"}\n"));
		AtomicReference<List<JsonNode>> answers = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			answers.set(bulkCheck(query, body.toString()));
			return answers.get().get(0).get("checkpoint").get("size").asLong() >= size;
		});
		return answers.get();
	}

	private List<JsonNode> bulkCheck(String query, String body) {
		HttpResponse<byte[]> response = this.http.post("/bulk-check?" + query, "application/x-ndjson",
				body.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
		List<JsonNode> lines = new ArrayList<>();
		for (String line : RegistryHttp.text(response).split("\n")) {
			lines.add(JSON.readTree(line));
		}
		return lines;
	}

	private long checkpointSize() {
		return Long.parseLong(RegistryHttp.text(this.http.get("/log/checkpoint")).split("\n")[1]);
	}

	private static void assertSameDecision(JsonNode answer, JsonNode decision, String what) {
		assertThat(answer.get("answer").asString()).as(what).isEqualTo(decision.get("answer").asString());
		assertThat(answer.get("decidedBy").asString()).as(what).isEqualTo(decision.get("decidedBy").asString());
		JsonNode evidence = answer.get("evidence");
		JsonNode expected = decision.get("evidence");
		assertThat(evidence.size()).as(what).isEqualTo(expected.size());
		for (int i = 0; i < evidence.size(); i++) {
			JsonNode e = evidence.get(i);
			JsonNode x = expected.get(i);
			assertThat(e.get("record")).as(what).isEqualTo(x.get("record"));
			assertThat(e.get("matchedBy")).as(what).isEqualTo(x.get("matchedBy"));
			assertThat(e.get("rule").get("effect")).as(what).isEqualTo(x.get("rule").get("effect"));
			assertThat(e.get("rule").get("purpose")).as(what).isEqualTo(x.get("rule").get("purpose"));
			assertThat(
					e.has("rule") && e.get("rule").has("duties") ? e.get("rule").get("duties") : JSON.createArrayNode())
				.as(what)
				.isEqualTo(x.get("rule").get("duties"));
			assertThat(e.get("controlVerified")).as(what).isEqualTo(x.get("controlVerified"));
		}
	}

	private static void assertError(JsonNode line, Problem problem, long number) {
		assertThat(line.get("error").get("type").asString()).as(line.toString()).isEqualTo(problem.type().toString());
		assertThat(line.get("error").get("detail").asString()).startsWith("Expected");
		assertThat(line.get("line").asLong()).isEqualTo(number);
	}

	private static void expectProblem(HttpResponse<byte[]> response, int status, Problem problem) {
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(status);
		assertThat(RegistryHttp.json(response).get("type").asString()).isEqualTo(problem.type().toString());
	}

}
