package org.consentregistry.registry.bulkcheck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.consentregistry.registry.system.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bulk check cut into small batches answered by worker threads: answers come out in
 * the order of the lines, errors name their line, the summary adds up every batch, and
 * every line read is answered before the check waits for more.
 */
class BulkCheckTests {

	private static final CheckpointRules RULES = new CheckpointRules(
			new RuleCompiler(null, (issuer, identifier) -> false).compile(),
			new SignedCheckpoint(new Checkpoint("registry.example/log", 7, new byte[32], List.of()),
					"registry.example/log\n7\nAAAA\n"));

	private static final BulkCheck.Question QUESTION = new BulkCheck.Question(Purpose.AI_TRAIN, null, null,
			Instant.parse("2026-06-01T00:00:00Z"), 100);

	private final ExecutorService workers = Executors.newFixedThreadPool(3);

	@AfterEach
	void stopWorkers() {
		this.workers.shutdownNow();
	}

	@Test
	void answersInTheOrderOfTheLinesAcrossManyBatches() throws IOException {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 2_000; i++) {
			body.append(switch (i % 7) {
				case 3 -> "not json";
				case 5 -> "{\"id\":" + i + ",\"url\":\"" + "x".repeat(120) + "\"}";
				case 6 -> "";
				default -> "{\"id\":" + i + ",\"url\":\"https://art.example/" + i + "\"}";
			}).append('\n');
		}
		List<JsonNode> lines = check(new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
				new ByteArrayOutputStream());
		int expected = 0;
		int at = 0;
		for (int i = 0; i < 2_000; i++) {
			if (i % 7 == 6) {
				continue;
			}
			JsonNode line = lines.get(at++);
			expected++;
			if (i % 7 == 3 || i % 7 == 5) {
				assertThat(line.get("line").asLong()).as(line.toString()).isEqualTo(i + 1);
				assertThat(line.get("error").get("type").asString())
					.isEqualTo(((i % 7 == 3) ? Problem.MALFORMED_ITEM : Problem.ITEM_TOO_LONG).type().toString());
			}
			else {
				assertThat(line.get("id").asInt()).isEqualTo(i);
				assertThat(line.get("answer").asString()).isEqualTo("unknown");
				assertThat(line.get("checkpoint").get("size").asLong()).isEqualTo(7);
			}
		}
		assertThat(lines).hasSize(expected + 1);
		JsonNode summary = lines.get(expected).get("summary");
		assertThat(summary.get("lines").asLong()).isEqualTo(2_000);
		assertThat(summary.get("errors").asLong()).isEqualTo(2 * 2_000 / 7);
		assertThat(summary.get("answers").asLong()).isEqualTo(expected - 2 * 2_000 / 7);
		assertThat(summary.get("unknown").asLong()).isEqualTo(expected - 2 * 2_000 / 7);
		assertThat(summary.get("complete").asBoolean()).isTrue();
	}

	@Test
	void answersEveryLineReadBeforeWaitingForMore() throws IOException {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			body.append("{\"id\":").append(i).append(",\"url\":\"https://art.example/").append(i).append("\"}\n");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Integer> answeredBeforeRead = new ArrayList<>();
		byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		InputStream in = new InputStream() {

			private int position;

			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] target, int offset, int length) {
				answeredBeforeRead.add((int) out.toString(StandardCharsets.UTF_8).lines().count());
				if (this.position >= bytes.length) {
					return -1;
				}
				int count = Math.min(Math.min(length, 100), bytes.length - this.position);
				System.arraycopy(bytes, this.position, target, offset, count);
				this.position += count;
				return count;
			}

		};
		List<JsonNode> lines = check(in, out);
		assertThat(lines).hasSize(51);
		assertThat(answeredBeforeRead).hasSize((bytes.length + 99) / 100 + 1);
		for (int i = 0; i < answeredBeforeRead.size(); i++) {
			String sent = body.substring(0, Math.min(body.length(), i * 100));
			assertThat(answeredBeforeRead.get(i)).as("answers before read %d", i)
				.isEqualTo((int) sent.chars().filter((c) -> c == '\n').count());
		}
	}

	private List<JsonNode> check(InputStream in, ByteArrayOutputStream out) throws IOException {
		new BulkCheck(in, Long.MAX_VALUE, out, RULES, QUESTION, this.workers, new BulkCheck.Shape(3, 200, 2)).run();
		List<JsonNode> lines = new ArrayList<>();
		for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
			lines.add(BulkCheckIntegrationTests.JSON.readTree(line));
		}
		return lines;
	}

}
