package org.consentregistry.blocker.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.consentregistry.blocker.json.Json;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.snapshot.SnapshotFixtures;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.consentregistry.blocker.tlog.NoteSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code crawler-blocker filter} on real files: kept and dropped lines, malformed lines
 * reported with their number and counted, the signed receipt, CSV input, and a refused
 * snapshot.
 */
class FilterCommandTests {

	private static final String REFUSED_URL = "https://art.example/works/harbour.jpg";

	private final NoteSigner registry = SnapshotFixtures.registryKey();

	@TempDir
	Path dir;

	private Path snapshot;

	private Path key;

	@BeforeEach
	void snapshotAndKey() throws Exception {
		this.snapshot = Files.createDirectory(this.dir.resolve("snapshot"));
		new SnapshotWriter(this.registry).writeFull(
				SnapshotFixtures.compile(Purpose.AI_TRAIN,
						List.of(SnapshotFixtures.refusal("urn:a", REFUSED_URL, Purpose.TDM),
								SnapshotFixtures.domainRefusal("urn:b", "photos.example"))),
				SnapshotFixtures.checkpoint(42), SnapshotFixtures.AT, this.snapshot);
		this.key = this.dir.resolve("coop-key.json");
		Files.writeString(this.key, "{\"type\":\"Multikey\",\"secretKeyMultibase\":\"" + CoopKeyTests.SECRET + "\"}");
	}

	@Test
	void keepsUnrefusedLinesDropsRefusedOnesAndReportsMalformedOnes() throws Exception {
		Path input = write("manifest.jsonl", "{\"url\":\"" + REFUSED_URL + "\",\"caption\":\"harbour\"}",
				"{\"url\":\"https://other.example/a.jpg\",\"size\":[1,{\"x\":null}]}",
				"{\"url\":\"HTTPS://WWW.Photos.Example/b.png\"}", "not json", "{\"url\":\"ftp://x.example/\"}",
				"{\"caption\":\"no url\"}", "", "{\"url\":\"https://other.example/b.jpg\"}");
		CliRun run = filter(input, "--unknown", "keep");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(lines("kept.jsonl")).containsExactly(
				"{\"url\":\"https://other.example/a.jpg\",\"size\":[1,{\"x\":null}]}",
				"{\"url\":\"https://other.example/b.jpg\"}");
		List<String> dropped = lines("dropped.jsonl");
		assertThat(dropped).hasSize(6);
		assertThat(dropped.get(0))
			.startsWith("{\"line\":1,\"reason\":\"refused\",\"decisions\":[{\"answer\":\"refused\"")
			.contains("\"record\":\"urn:a\"", "\"item\":{\"url\":");
		assertThat(dropped.get(1)).startsWith("{\"line\":3,\"reason\":\"refused\"").contains("\"type\":\"Domain\"");
		assertThat(dropped.get(2))
			.startsWith("{\"line\":4,\"reason\":\"malformed\",\"detail\":\"expected a JSON object");
		assertThat(run.err()).contains("line 4: malformed: expected a JSON object", "line 5: malformed: url: expected",
				"line 6: malformed: expected a value in \"url\" or \"sha256\"",
				"line 7: malformed: expected a JSON object");
		assertThat(run.out()).startsWith("kept 2, dropped 6 (refused 2, unknown 0, malformed 4) of 8 lines");
	}

	@Test
	void writesAReceiptSignedWithTheCoopKey() throws Exception {
		Path input = write("manifest.jsonl", "{\"url\":\"" + REFUSED_URL + "\"}", "{\"url\":\"https://o.example/\"}");
		assertThat(filter(input).exitCode()).isZero();
		String text = Files.readString(this.dir.resolve("receipt.json"));
		Map<?, ?> receipt = (Map<?, ?>) ((Map<?, ?>) Json.parse(text)).get("receipt");
		assertThat(((Map<?, ?>) receipt.get("input")).get("sha256")).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input))));
		assertThat(receipt.get("counts"))
			.isEqualTo(Map.of("kept", 0L, "dropped", 2L, "refused", 1L, "unknownDropped", 1L, "malformed", 0L));
		assertThat(((Map<?, ?>) ((Map<?, ?>) receipt.get("snapshot")).get("checkpoint")).get("size")).isEqualTo(42L);
		assertThat((String) receipt.get("engine")).startsWith("crawler-blocker ");
		String signed = text.substring("{\"receipt\":".length(), text.indexOf(",\n\"signature\":"));
		Map<?, ?> signature = (Map<?, ?>) ((Map<?, ?>) Json.parse(text)).get("signature");
		assertThat(signature.get("signer")).isEqualTo("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, new Ed25519PublicKeyParameters(CoopKey.of(CoopKeyTests.SECRET).publicKey(), 0));
		byte[] bytes = signed.getBytes(StandardCharsets.UTF_8);
		verifier.update(bytes, 0, bytes.length);
		assertThat(verifier.verifySignature(Base64.getDecoder().decode((String) signature.get("value")))).isTrue();
	}

	@Test
	void filtersCsvByConfiguredColumns() throws Exception {
		Path input = write("manifest.csv", "id,link,digest", "1,\"" + REFUSED_URL + "\",",
				"2,\"https://o.example/a,b\",", "3,\"unbalanced,",
				"4,,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		CliRun run = filter(input, "--url-field", "link", "--hash-field", "digest", "--unknown", "keep");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(lines("kept.jsonl")).containsExactly("id,link,digest", "2,\"https://o.example/a,b\",",
				"4,,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		assertThat(run.err()).contains("line 3: malformed: expected CSV fields with balanced quotes");
	}

	@Test
	void refusesASnapshotSignedByAnotherRegistry() throws Exception {
		Path input = write("manifest.jsonl", "{\"url\":\"https://o.example/\"}");
		CliRun run = CliRun.of("filter", "--snapshot", this.snapshot.toString(), "--registry-key",
				SnapshotFixtures.registryKey().verifier().verifierKey(), "--input", input.toString(), "--kept",
				this.dir.resolve("k").toString(), "--dropped", this.dir.resolve("d").toString(), "--receipt",
				this.dir.resolve("r").toString(), "--key", this.key.toString());
		assertThat(run.exitCode()).isEqualTo(CrawlerBlockerCli.REFUSED);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.startsWith("crawler-blocker filter: refused the snapshot in")
			.contains("not signed by a trusted registry key");
	}

	@Test
	void strictModeFailsOnMalformedLines() throws Exception {
		Path input = write("manifest.jsonl", "{\"url\":42}");
		assertThat(filter(input, "--strict").exitCode()).isEqualTo(CrawlerBlockerCli.REFUSED);
	}

	private CliRun filter(Path input, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("filter", "--snapshot", this.snapshot.toString(),
				"--registry-key", this.registry.verifier().verifierKey(), "--input", input.toString(), "--kept",
				this.dir.resolve("kept.jsonl").toString(), "--dropped", this.dir.resolve("dropped.jsonl").toString(),
				"--receipt", this.dir.resolve("receipt.json").toString(), "--key", this.key.toString(), "--progress",
				"never"));
		args.addAll(List.of(more));
		return CliRun.of(args.toArray(String[]::new));
	}

	private Path write(String name, String... lines) throws Exception {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private List<String> lines(String name) throws Exception {
		return Files.readAllLines(this.dir.resolve(name), StandardCharsets.UTF_8);
	}

}
