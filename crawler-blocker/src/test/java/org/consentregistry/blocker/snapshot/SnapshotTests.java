package org.consentregistry.blocker.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.consentregistry.blocker.engine.RuleDelta;
import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.snapshot.SnapshotVerificationException.Reason;
import org.consentregistry.blocker.tlog.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Signed snapshots: written and read back with their checkpoint and rules; refused when a
 * file, the manifest or the signature was tampered with, or the key is not trusted;
 * incremental snapshots applied onto their base only.
 */
class SnapshotTests {

	private static final String URL = "https://art.example/works/harbour.jpg";

	private final NoteSigner key = SnapshotFixtures.registryKey();

	@TempDir
	Path dir;

	@Test
	void readsBackASignedFullSnapshot() throws Exception {
		SnapshotManifest written = writeFull(this.dir, 7, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		Snapshot snapshot = reader().read(this.dir);
		assertThat(snapshot.manifest()).isEqualTo(written);
		assertThat(snapshot.manifest().checkpoint().size()).isEqualTo(7);
		assertThat(snapshot.manifest().counts()).containsEntry("exactUrls", 1L).containsEntry("records", 1L);
		assertThat(snapshot.rules().decide(Query.of(URL, Purpose.AI_TRAIN)).answer()).isEqualTo(Answer.REFUSED);
	}

	@Test
	void refusesSnapshotWithAlteredDataFile() throws Exception {
		writeFull(this.dir, 7, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		byte[] bytes = Files.readAllBytes(this.dir.resolve("exact-urls.bin"));
		bytes[bytes.length - 1] ^= 1;
		Files.write(this.dir.resolve("exact-urls.bin"), bytes);
		assertThatExceptionOfType(SnapshotVerificationException.class).isThrownBy(() -> reader().read(this.dir))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.FILE))
			.withMessageStartingWith("snapshot file exact-urls.bin was altered: expected");
	}

	@Test
	void refusesSnapshotWithMissingDataFile() throws Exception {
		writeFull(this.dir, 7, List.of());
		Files.delete(this.dir.resolve("domains.bin"));
		assertThatExceptionOfType(SnapshotVerificationException.class).isThrownBy(() -> reader().read(this.dir))
			.withMessageContaining("domains.bin is missing");
	}

	@Test
	void refusesSnapshotWithAlteredManifest() throws Exception {
		writeFull(this.dir, 7, List.of());
		Path manifest = this.dir.resolve("manifest.json");
		Files.writeString(manifest, Files.readString(manifest).replace("\"size\": 7", "\"size\": 8"));
		assertThatExceptionOfType(SnapshotVerificationException.class).isThrownBy(() -> reader().read(this.dir))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.SIGNATURE))
			.withMessageStartingWith("manifest.sig signs another manifest");
	}

	@Test
	void refusesSnapshotSignedByAnotherKey() throws Exception {
		writeFull(this.dir, 7, List.of());
		SnapshotReader stranger = new SnapshotReader(
				List.of(NoteSigner.generate("registry.example/log", new SecureRandom()).verifier()));
		assertThatExceptionOfType(SnapshotVerificationException.class).isThrownBy(() -> stranger.read(this.dir))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.SIGNATURE))
			.withMessageStartingWith("manifest.sig is not signed by a trusted registry key");
	}

	@Test
	void refusesSnapshotWithoutSignature() throws Exception {
		writeFull(this.dir, 7, List.of());
		Files.delete(this.dir.resolve("manifest.sig"));
		assertThatExceptionOfType(SnapshotVerificationException.class).isThrownBy(() -> reader().read(this.dir))
			.withMessageStartingWith("no manifest.sig");
	}

	@Test
	void appliesAnIncrementalSnapshotOntoItsBase() throws Exception {
		ConsentRecord a = SnapshotFixtures.refusal("urn:a", URL, Purpose.AI_TRAIN);
		ConsentRecord b = SnapshotFixtures.domainRefusal("urn:b", "photos.example");
		ConsentRecord c = SnapshotFixtures.refusal("urn:c", "https://art.example/works/dusk.jpg", Purpose.TDM);
		Path base = Files.createDirectory(this.dir.resolve("base"));
		Path full = Files.createDirectory(this.dir.resolve("full"));
		Path out = Files.createDirectory(this.dir.resolve("out"));
		SnapshotManifest baseManifest = writeFull(base, 5, List.of(a, b));
		SnapshotManifest fullManifest = writeFull(full, 9, List.of(b, c));
		Path incremental = writeIncremental(base, full);
		SnapshotManifest applied = reader().apply(base, incremental, out);
		assertThat(applied.incremental()).isTrue();
		assertThat(applied.base()).isEqualTo(baseManifest.checkpoint());
		assertThat(applied.baseFiles()).isEqualTo(baseManifest.files());
		assertThat(applied.counts()).containsEntry("records", 1L).containsEntry("removedRecords", 1L);
		Snapshot snapshot = reader().read(out);
		assertThat(snapshot.manifest().checkpoint().size()).isEqualTo(9);
		assertThat(snapshot.manifest().localFiles()).isEqualTo(fullManifest.files());
		for (FileEntry file : fullManifest.files()) {
			assertThat(out.resolve(file.name())).hasSameBinaryContentAs(full.resolve(file.name()));
		}
		assertThat(snapshot.rules().decide(Query.of(URL, Purpose.AI_TRAIN)).answer()).isEqualTo(Answer.UNKNOWN);
		assertThat(snapshot.rules().decide(Query.of("https://art.example/works/dusk.jpg", Purpose.AI_TRAIN)).answer())
			.isEqualTo(Answer.REFUSED);
	}

	@Test
	void refusesAnIncrementalSnapshotForAnotherBase() throws Exception {
		Path base = Files.createDirectory(this.dir.resolve("base"));
		Path other = Files.createDirectory(this.dir.resolve("other"));
		Path full = Files.createDirectory(this.dir.resolve("full"));
		writeFull(base, 5, List.of());
		writeFull(other, 6, List.of());
		writeFull(full, 9, List.of());
		Path incremental = writeIncremental(other, full);
		assertThatExceptionOfType(SnapshotVerificationException.class)
			.isThrownBy(() -> reader().apply(base, incremental, Files.createDirectory(this.dir.resolve("out"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.BASE))
			.withMessage("expected an incremental ai-train snapshot from tree size 5, got an incremental ai-train"
					+ " one from tree size 6");
	}

	@Test
	void refusesAnIncrementalSnapshotForOtherBaseFilesAtTheSameCheckpoint() throws Exception {
		Path base = Files.createDirectory(this.dir.resolve("base"));
		Path other = Files.createDirectory(this.dir.resolve("other"));
		Path full = Files.createDirectory(this.dir.resolve("full"));
		writeFull(base, 5, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		writeFull(other, 5, List.of());
		writeFull(full, 9, List.of());
		Path incremental = writeIncremental(other, full);
		Path out = Files.createDirectory(this.dir.resolve("out"));
		assertThatExceptionOfType(SnapshotVerificationException.class)
			.isThrownBy(() -> reader().apply(base, incremental, out))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.BASE))
			.withMessageStartingWith("expected the base snapshot at tree size 5 to have records.bin of ")
			.withMessageContaining("as the incremental names, the local one has ");
		try (var files = Files.list(out)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void refusesToApplyAnIncrementalSnapshotOntoAnAlteredBase() throws Exception {
		Path base = Files.createDirectory(this.dir.resolve("base"));
		Path full = Files.createDirectory(this.dir.resolve("full"));
		writeFull(base, 5, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.TDM)));
		writeFull(full, 9, List.of());
		Path incremental = writeIncremental(base, full);
		byte[] bytes = Files.readAllBytes(base.resolve("records.bin"));
		bytes[bytes.length - 1] ^= 1;
		Files.write(base.resolve("records.bin"), bytes);
		assertThatExceptionOfType(SnapshotVerificationException.class)
			.isThrownBy(() -> reader().apply(base, incremental, Files.createDirectory(this.dir.resolve("out"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.BASE))
			.withMessageStartingWith("the base snapshot in " + base + " failed verification: snapshot file"
					+ " records.bin was altered");
	}

	@Test
	void refusesAnIncrementalSnapshotWhoseResultDiffersFromItsManifest() throws Exception {
		Path base = Files.createDirectory(this.dir.resolve("base"));
		Path full = Files.createDirectory(this.dir.resolve("full"));
		writeFull(base, 5, List.of(SnapshotFixtures.refusal("urn:a", URL, Purpose.AI_TRAIN)));
		SnapshotManifest fullManifest = writeFull(full, 9,
				List.of(SnapshotFixtures.refusal("urn:b", "https://art.example/b.jpg", Purpose.AI_TRAIN)));
		Path incremental = Files.createDirectory(this.dir.resolve("incremental"));
		SnapshotReader reader = reader();
		RuleDelta nothing = RuleDelta.between(reader.read(base).rules(), reader.read(base).rules());
		new SnapshotWriter(this.key).writeIncremental(nothing, reader.read(base).manifest(), fullManifest,
				SnapshotFixtures.AT, incremental);
		assertThatExceptionOfType(SnapshotVerificationException.class)
			.isThrownBy(() -> reader.apply(base, incremental, Files.createDirectory(this.dir.resolve("out"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.FILE))
			.withMessageContaining("was altered: expected");
	}

	@Test
	void manifestIsTheDocumentedJson() throws IOException {
		writeFull(this.dir, 7, List.of());
		String json = Files.readString(this.dir.resolve("manifest.json"), StandardCharsets.UTF_8);
		assertThat(json).startsWith("{\n  \"format\": \"consent-registry-snapshot\",\n  \"formatVersion\": 1,")
			.contains("\"kind\": \"full\"", "\"name\": \"records.bin\"");
	}

	private SnapshotManifest writeFull(Path dir, long size, List<ConsentRecord> records) throws IOException {
		return new SnapshotWriter(this.key).writeFull(SnapshotFixtures.compile(Purpose.AI_TRAIN, records),
				SnapshotFixtures.checkpoint(size), SnapshotFixtures.AT, dir);
	}

	/**
	 * The incremental snapshot from the full one in {@code base} to that in {@code full}.
	 */
	private Path writeIncremental(Path base, Path full) throws Exception {
		Snapshot from = reader().read(base);
		Snapshot to = reader().read(full);
		Path dir = Files.createDirectory(this.dir.resolve("incremental"));
		new SnapshotWriter(this.key).writeIncremental(RuleDelta.between(from.rules(), to.rules()), from.manifest(),
				to.manifest(), SnapshotFixtures.AT, dir);
		return dir;
	}

	private SnapshotReader reader() {
		return new SnapshotReader(List.of(this.key.verifier()));
	}

}
