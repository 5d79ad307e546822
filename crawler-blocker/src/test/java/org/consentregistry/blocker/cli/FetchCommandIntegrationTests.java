package org.consentregistry.blocker.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.consentregistry.blocker.engine.RuleDelta;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.snapshot.SnapshotFixtures;
import org.consentregistry.blocker.snapshot.Snapshot;
import org.consentregistry.blocker.snapshot.SnapshotManifest;
import org.consentregistry.blocker.snapshot.SnapshotReader;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.consentregistry.blocker.tlog.NoteSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code crawler-blocker fetch} against a local HTTP server serving written snapshots at
 * the paths of docs/api.md ("Snapshots"): full and incremental fetches install verified
 * snapshots; a tampered file or a wrong key is refused and nothing is installed; an
 * incremental is refused with exit code 4 onto an altered or other local snapshot.
 */
class FetchCommandIntegrationTests {

	private static final String URL = "https://art.example/works/harbour.jpg";

	private final NoteSigner registry = SnapshotFixtures.registryKey();

	private final List<String> requested = new ArrayList<>();

	@TempDir
	Path dir;

	private Path served;

	private HttpServer server;

	@BeforeEach
	void serve() throws IOException {
		this.served = Files.createDirectory(this.dir.resolve("served"));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requested.add(path);
		Path file = this.served.resolve(path.substring(1));
		byte[] body = (file.normalize().startsWith(this.served) && Files.isRegularFile(file)) ? Files.readAllBytes(file)
				: null;
		exchange.sendResponseHeaders((body != null) ? 200 : 404, (body != null) ? body.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			if (body != null) {
				out.write(body);
			}
		}
	}

	@Test
	void fetchesVerifiesAndInstallsTheLatestSnapshot() throws Exception {
		publishFull(7, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		Path out = this.dir.resolve("snapshot");
		CliRun run = fetch(out);
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("fetched the ai-train snapshot at tree size 7");
		assertThat(out.resolve("manifest.json")).exists();
		assertThat(out.resolve("exact-urls.bin")).exists();
		assertThat(this.requested).contains("/registry/snapshots/ai-train/latest/manifest.json",
				"/registry/snapshots/ai-train/7/records.bin");
		try (var entries = Files.list(out)) {
			assertThat(entries.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.startsWith("."));
		}
	}

	@Test
	void refusesATamperedFileAndInstallsNothing() throws Exception {
		publishFull(7, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		Path records = this.served.resolve("registry/snapshots/ai-train/7/records.bin");
		byte[] bytes = Files.readAllBytes(records);
		bytes[bytes.length - 2] ^= 0x20;
		Files.write(records, bytes);
		Path out = this.dir.resolve("snapshot");
		CliRun run = fetch(out);
		assertThat(run.exitCode()).isEqualTo(CrawlerBlockerCli.REFUSED);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.startsWith("crawler-blocker fetch: refused the snapshot: snapshot file records.bin was altered");
		assertThat(out.resolve("manifest.json")).doesNotExist();
	}

	@Test
	void refusesASnapshotSignedWithAnotherKey() throws Exception {
		publishFull(7, List.of());
		CliRun run = CliRun.of("fetch", this.base(), "--purpose", "ai-train", "--out",
				this.dir.resolve("snapshot").toString(), "--registry-key",
				SnapshotFixtures.registryKey().verifier().verifierKey());
		assertThat(run.exitCode()).isEqualTo(CrawlerBlockerCli.REFUSED);
		assertThat(run.err()).contains("not signed by a trusted registry key");
	}

	@Test
	void fetchesAnIncrementalSnapshotSinceTheInstalledOne() throws Exception {
		publishFull(5, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		Path out = this.dir.resolve("snapshot");
		assertThat(fetch(out).exitCode()).isZero();
		var c = SnapshotFixtures.refusal("urn:c", "https://art.example/works/dusk.jpg", Purpose.AI_TRAIN);
		publishFull(9, List.of(c));
		publishIncremental(5, 9);
		CliRun run = fetch(out, "--since", "5");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("fetched the ai-train snapshot at tree size 9");
		assertThat(this.requested).contains("/registry/snapshots/ai-train/9/since/5/removed.bin")
			.doesNotContain("/registry/snapshots/ai-train/9/records.bin");
		for (String name : List.of("records.bin", "exact-urls.bin", "sha256.bin", "url-prefixes.bin", "domains.bin")) {
			assertThat(out.resolve(name))
				.hasSameBinaryContentAs(this.served.resolve("registry/snapshots/ai-train/9/" + name));
		}
		assertThat(out.resolve("removed.bin")).doesNotExist();
	}

	@Test
	void refusesToUpdateAnAlteredLocalSnapshotWithExitCode4() throws Exception {
		publishFull(5, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		Path out = this.dir.resolve("snapshot");
		assertThat(fetch(out).exitCode()).isZero();
		publishFull(9, List.of());
		publishIncremental(5, 9);
		byte[] bytes = Files.readAllBytes(out.resolve("records.bin"));
		bytes[bytes.length - 1] ^= 1;
		Files.write(out.resolve("records.bin"), bytes);
		CliRun run = fetch(out, "--since", "5");
		assertThat(run.exitCode()).isEqualTo(CrawlerBlockerCli.BASE);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.startsWith("crawler-blocker fetch: cannot update the snapshot in " + out
					+ " incrementally: snapshot file records.bin was altered")
			.endsWith("; fetch without --since to replace it");
		assertThat(out.resolve("records.bin")).hasBinaryContent(bytes);
	}

	@Test
	void refusesAnIncrementalSnapshotMadeForAnotherSnapshotAtTheSameSizeWithExitCode4() throws Exception {
		publishFull(5, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		Path out = this.dir.resolve("snapshot");
		assertThat(fetch(out).exitCode()).isZero();
		byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
		publishFull(5, List.of());
		publishFull(9, List.of());
		publishIncremental(5, 9);
		CliRun run = fetch(out, "--since", "5");
		assertThat(run.exitCode()).isEqualTo(CrawlerBlockerCli.BASE);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.startsWith("crawler-blocker fetch: cannot apply the incremental snapshot: expected the base snapshot"
					+ " at tree size 5 to have records.bin of ");
		assertThat(out.resolve("manifest.json")).hasBinaryContent(manifest);
		try (var entries = Files.list(out)) {
			assertThat(entries.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.startsWith("."));
		}
	}

	@Test
	void reportsAMissingSnapshotInOneLine() {
		CliRun run = fetch(this.dir.resolve("snapshot"));
		assertThat(run.exitCode()).isEqualTo(CrawlerBlockerCli.IO);
		assertThat(run.err().lines()).singleElement().asString().contains("answered 404");
	}

	private SnapshotManifest publishFull(long size, List<org.consentregistry.blocker.policy.ConsentRecord> records)
			throws IOException {
		Path files = Files.createDirectories(this.served.resolve("registry/snapshots/ai-train/" + size));
		SnapshotManifest manifest = new SnapshotWriter(this.registry).writeFull(
				SnapshotFixtures.compile(Purpose.AI_TRAIN, records), SnapshotFixtures.checkpoint(size),
				SnapshotFixtures.AT, files);
		Path latest = Files.createDirectories(this.served.resolve("registry/snapshots/ai-train/latest"));
		Files.copy(files.resolve("manifest.json"), latest.resolve("manifest.json"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Files.copy(files.resolve("manifest.sig"), latest.resolve("manifest.sig"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return manifest;
	}

	/** Serves the incremental snapshot from the served full snapshot at {@code base}. */
	private void publishIncremental(long base, long size) throws Exception {
		SnapshotReader reader = new SnapshotReader(List.of(this.registry.verifier()));
		Snapshot from = reader.read(this.served.resolve("registry/snapshots/ai-train/" + base));
		Snapshot to = reader.read(this.served.resolve("registry/snapshots/ai-train/" + size));
		Path incremental = Files
			.createDirectories(this.served.resolve("registry/snapshots/ai-train/" + size + "/since/" + base));
		new SnapshotWriter(this.registry).writeIncremental(RuleDelta.between(from.rules(), to.rules()), from.manifest(),
				to.manifest(), SnapshotFixtures.AT, incremental);
		Path since = Files.createDirectories(this.served.resolve("registry/snapshots/ai-train/since/" + base));
		Files.copy(incremental.resolve("manifest.json"), since.resolve("manifest.json"));
		Files.copy(incremental.resolve("manifest.sig"), since.resolve("manifest.sig"));
	}

	private CliRun fetch(Path out, String... more) {
		List<String> args = new ArrayList<>(List.of("fetch", base(), "--purpose", "ai-train", "--out", out.toString(),
				"--registry-key", this.registry.verifier().verifierKey()));
		args.addAll(List.of(more));
		return CliRun.of(args.toArray(String[]::new));
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/registry/";
	}

}
