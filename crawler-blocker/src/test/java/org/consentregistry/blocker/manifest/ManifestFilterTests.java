package org.consentregistry.blocker.manifest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter's pipeline gives the same outputs, counts, hashes and malformed-line reports
 * whatever the batch size and the number of workers: lines cut across batches, CRLF
 * endings, a last line without a newline, blank and malformed lines, and a CSV header.
 */
class ManifestFilterTests {

	private static final Instant AT = Instant.parse("2026-11-26T00:00:00Z");

	private static final CompiledRules RULES = rules();

	@ParameterizedTest
	@CsvSource({ "jsonl, 7, 1", "jsonl, 64, 3", "jsonl, 1000, 2", "csv, 7, 1", "csv, 64, 3", "csv, 1000, 2" })
	void givesTheSameResultWhateverTheBatchesAndWorkers(String format, int batchSize, int workers) throws IOException {
		byte[] input = manifest(format, new Random(11));
		Run reference = run(format, input, 1 << 20, 1);
		Run run = run(format, input, batchSize, workers);
		assertThat(run.kept()).isEqualTo(reference.kept());
		assertThat(run.dropped()).isEqualTo(reference.dropped());
		assertThat(run.malformed()).isEqualTo(reference.malformed());
		assertThat(run.result()).isEqualTo(reference.result());
		assertThat(reference.result().lines()).isEqualTo(2000);
		assertThat(reference.result().bytes()).isEqualTo(input.length);
		assertThat(reference.result().refused()).isPositive();
		assertThat(reference.result().malformed()).isPositive();
	}

	@ParameterizedTest
	@CsvSource({ "7, 1", "7, 3", "1048576, 2" })
	void numbersLinesAcrossBatchesAndKeepsALastLineWithoutNewline(int batchSize, int workers) throws IOException {
		String input = "{\"url\":\"https://art.example/works/0.jpg\"}\r\n\n{\"url\":\"https://art.example/a\"}\n"
				+ "   \n{\"url\":\"https://art.example/works/1.jpg\"}";
		Run run = run("jsonl", input.getBytes(StandardCharsets.UTF_8), batchSize, workers);
		assertThat(run.malformed()).containsExactly("2: expected a JSON object, got an empty line",
				"4: expected a JSON object, got an empty line");
		assertThat(run.kept()).isEqualTo("{\"url\":\"https://art.example/a\"}\n");
		assertThat(run.dropped()).contains("{\"line\":1,\"reason\":\"refused\"", "{\"line\":5,\"reason\":\"refused\"");
		assertThat(run.result().lines()).isEqualTo(5);
	}

	private static Run run(String format, byte[] input, int batchSize, int workers) throws IOException {
		FilterSettings settings = new FilterSettings(format, "url", "sha256", null, null, AT, false);
		ManifestFilter filter = new ManifestFilter(RULES, Purpose.AI_TRAIN, settings, batchSize, workers);
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		ByteArrayOutputStream dropped = new ByteArrayOutputStream();
		List<String> malformed = new ArrayList<>();
		FilterResult result = filter.run(new ByteArrayInputStream(input), kept, dropped, new ManifestFilter.Listener() {

			@Override
			public void malformed(long line, String reason) {
				malformed.add(line + ": " + reason);
			}

			@Override
			public void progress(long lines, long bytes) {
			}

		});
		return new Run(kept.toString(StandardCharsets.UTF_8), dropped.toString(StandardCharsets.UTF_8), malformed,
				result);
	}

	/** 2,000 lines: listed and unlisted URLs, blank, malformed and CRLF lines. */
	private static byte[] manifest(String format, Random random) {
		StringBuilder out = new StringBuilder(format.equals("csv") ? "id,url,caption\r\n" : "");
		for (int i = 0; i < 2000; i++) {
			String url = "https://art.example/works/" + random.nextInt(40) + ((random.nextInt(3) == 0) ? ".jpg" : "");
			int kind = random.nextInt(20);
			String line;
			if (format.equals("csv")) {
				line = (kind == 0) ? "1,\"broken" : (kind == 1) ? "" : i + "," + url + ",\"caption, " + i + "\"";
			}
			else {
				line = (kind == 0) ? "{\"url\":" : (kind == 1) ? "" : (kind == 2) ? "{\"url\":\"ftp://x\"}"
						: "{\"id\":" + i + ",\"url\":\"" + url + "\",\"caption\":\"image " + i + "\",\"w\":[1,2.5e3]}";
			}
			out.append(line).append((random.nextInt(5) == 0) ? "\r\n" : "\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static CompiledRules rules() {
		RuleCompiler compiler = new RuleCompiler(Purpose.AI_TRAIN, (issuer, identifier) -> true, AT);
		List<Identifier> listed = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			listed.add(new Identifier.ExactUrl("https://art.example/works/" + i + ".jpg"));
		}
		compiler.add(new ConsentRecord("urn:uuid:r1", "did:key:z6Mk1", listed,
				List.of(Rule.of(Effect.PROHIBIT, Purpose.AI_TRAIN)), AT.minusSeconds(3600), null, null, null));
		return compiler.compile();
	}

	private record Run(String kept, String dropped, List<String> malformed, FilterResult result) {
	}

}
