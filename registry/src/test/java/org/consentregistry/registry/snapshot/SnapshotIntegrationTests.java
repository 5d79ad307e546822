package org.consentregistry.registry.snapshot;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.cli.CrawlerBlockerCli;
import org.consentregistry.blocker.engine.RuleFiles;
import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.snapshot.FileEntry;
import org.consentregistry.blocker.snapshot.Snapshot;
import org.consentregistry.blocker.snapshot.SnapshotReader;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.LogKeys;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry exports signed full and incremental snapshots that {@code crawler-blocker
 * fetch} downloads, verifies and applies, and whose compiled rules refuse what the
 * registry refuses.
 */
@RegistryIntegrationTest(properties = "registry.base-uri=https://registry.example")
class SnapshotIntegrationTests {

	@TempDir
	Path out;

	@LocalServerPort
	int port;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	LogKeys keys;

	@Test
	void fetchDownloadsAndVerifiesTheLatestSnapshotWhoseRulesRefuseWhatTheRegistryRefuses() throws Exception {
		RegistryHttp http = new RegistryHttp(this.port);
		String issuer = TestCredentials.CREATOR.did();
		String work = TestConsentCredentials.newId();
		HttpResponse<byte[]> submitted = http
			.post("/records", "application/vc",
					TestConsentCredentials.signed(
							TestConsentCredentials.consent(TestConsentCredentials.newId(), issuer, work,
									Instant.parse("2026-01-01T00:00:00Z"), null, "genai-train"),
							TestCredentials.CREATOR));
		assertThat(submitted.statusCode()).as(RegistryHttp.text(submitted)).isEqualTo(201);
		long size = this.checkpoints.sign().size();

		StringWriter err = new StringWriter();
		int exit = CrawlerBlockerCli.run(
				new String[] { "fetch", "http://127.0.0.1:" + this.port, "--purpose", "genai-train", "--out",
						this.out.toString(), "--registry-key", this.keys.signer().verifier().verifierKey() },
				new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
		assertThat(exit).as(err.toString()).isZero();

		Snapshot snapshot = new SnapshotReader(List.of(this.keys.signer().verifier())).read(this.out);
		assertThat(snapshot.manifest().checkpoint().size()).isEqualTo(size);
		assertThat(snapshot.manifest().purpose()).isEqualTo(Purpose.GENAI_TRAIN);
		Query query = new Query(TestConsentCredentials.url(work), Purpose.GENAI_TRAIN, null, null, Instant.now());
		assertThat(snapshot.rules().decide(query).answer()).isEqualTo(Answer.REFUSED);
		Query unlisted = new Query("https://art.example/elsewhere.jpg", Purpose.GENAI_TRAIN, null, null, Instant.now());
		assertThat(snapshot.rules().decide(unlisted).answer()).isEqualTo(Answer.UNKNOWN);
	}

	@Test
	void fetchSinceAnEarlierSnapshotAppliesTheIncrementalAndGetsTheLatestFullSnapshot() throws Exception {
		RegistryHttp http = new RegistryHttp(this.port);
		String issuer = TestCredentials.CREATOR.did();
		String work = TestConsentCredentials.newId();
		String first = TestConsentCredentials.newId();
		submit(http, TestConsentCredentials.consent(first, issuer, work, Instant.parse("2026-01-01T00:00:00Z"), null,
				"tdm"));
		long before = this.checkpoints.sign().size();
		assertThat(fetch(this.out).exitCode()).isZero();

		String other = TestConsentCredentials.newId();
		submit(http, TestConsentCredentials.consent(TestConsentCredentials.newId(), issuer, other,
				Instant.parse("2026-01-02T00:00:00Z"), null, "ai-train"));
		submit(http, TestConsentCredentials.withdrawal(TestConsentCredentials.newId(), issuer, work,
				Instant.parse("2026-01-03T00:00:00Z"), first));
		long after = this.checkpoints.sign().size();
		CliRun incremental = fetch(this.out, "--since", Long.toString(before));
		assertThat(incremental.exitCode()).as(incremental.err()).isZero();
		assertThat(incremental.out()).startsWith("fetched the ai-train snapshot at tree size " + after);

		Path full = Files.createDirectory(this.out.resolveSibling(this.out.getFileName() + "-full"));
		assertThat(fetch(full).exitCode()).isZero();
		Snapshot updated = reader().read(this.out);
		assertThat(updated.manifest().checkpoint().size()).isEqualTo(after);
		assertThat(updated.manifest().kind()).isEqualTo("incremental");
		// The new record, and the withdrawn one again: it now ends when it was withdrawn.
		assertThat(updated.manifest().counts()).containsEntry("records", 2L).containsEntry("removedRecords", 1L);
		for (FileEntry file : reader().read(full).manifest().files()) {
			assertThat(this.out.resolve(file.name())).as(file.name()).hasSameBinaryContentAs(full.resolve(file.name()));
		}
		Query withdrawn = new Query(TestConsentCredentials.url(work), Purpose.AI_TRAIN, null, null, Instant.now());
		assertThat(updated.rules().decide(withdrawn).answer()).isEqualTo(Answer.UNKNOWN);
		Query refused = new Query(TestConsentCredentials.url(other), Purpose.AI_TRAIN, null, null, Instant.now());
		assertThat(updated.rules().decide(refused).answer()).isEqualTo(Answer.REFUSED);

		HttpResponse<byte[]> removed = http
			.get("/snapshots/ai-train/" + after + "/since/" + before + "/" + RuleFiles.removedName());
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(http.get("/snapshots/ai-train/since/" + (after + 1) + "/manifest.json").statusCode()).isEqualTo(404);
	}

	@Test
	void answersProblemsForUnknownPurposesSizesAndIncrementalSnapshots() {
		RegistryHttp http = new RegistryHttp(this.port);
		assertThat(http.get("/snapshots/painting/latest/manifest.json").statusCode()).isEqualTo(400);
		assertThat(http.get("/snapshots/ai-train/999999/manifest.json").statusCode()).isEqualTo(404);
		assertThat(http.get("/snapshots/ai-train/latest/secrets.txt").statusCode()).isEqualTo(404);
		assertThat(http.get("/snapshots/ai-train/since/1/secrets.txt").statusCode()).isEqualTo(404);
		assertThat(http.get("/snapshots/ai-train/1/since/0/secrets.txt").statusCode()).isEqualTo(404);
		HttpResponse<byte[]> since = http.get("/snapshots/ai-train/since/999999/manifest.json");
		assertThat(since.statusCode()).isEqualTo(404);
		assertThat(RegistryHttp.json(since).get("type").asString()).endsWith("not-found");
		assertThat(RegistryHttp.json(since).get("detail").asString()).contains("without --since");
		HttpResponse<byte[]> latest = http.get("/snapshots/ai-train/latest/manifest.json");
		assertThat(latest.statusCode()).as(RegistryHttp.text(latest)).isEqualTo(200);
		assertThat(latest.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
	}

	private void submit(RegistryHttp http, String unsigned) {
		HttpResponse<byte[]> submitted = http.post("/records", "application/vc",
				TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR));
		assertThat(submitted.statusCode()).as(RegistryHttp.text(submitted)).isEqualTo(201);
	}

	private CliRun fetch(Path dir, String... more) {
		List<String> args = new ArrayList<>(List.of("fetch", "http://127.0.0.1:" + this.port, "--purpose", "ai-train",
				"--out", dir.toString(), "--registry-key", this.keys.signer().verifier().verifierKey()));
		args.addAll(List.of(more));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = CrawlerBlockerCli.run(args.toArray(String[]::new), new PrintWriter(out, true),
				new PrintWriter(err, true));
		return new CliRun(exit, out.toString(), err.toString());
	}

	private SnapshotReader reader() {
		return new SnapshotReader(List.of(this.keys.signer().verifier()));
	}

	record CliRun(int exitCode, String out, String err) {
	}

}
