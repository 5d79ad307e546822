package org.consentregistry.blocker.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.RuleDelta;
import org.consentregistry.blocker.engine.RuleFiles;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteSigner;

/**
 * Writes signed snapshots: the data files of compiled rules, {@code manifest.json} and
 * {@code manifest.sig}. The registry serves the directory as it is (layout in
 * {@code docs/api.md}, "Snapshots").
 */
public final class SnapshotWriter {

	/** The manifest's file name. */
	public static final String MANIFEST = "manifest.json";

	/** The signature's file name. */
	public static final String SIGNATURE = "manifest.sig";

	private final NoteSigner signer;

	/** A writer that signs with the registry's log key. */
	public SnapshotWriter(NoteSigner signer) {
		this.signer = signer;
	}

	/**
	 * Writes a full snapshot of {@code rules} (compiled for one purpose) reflecting
	 * {@code checkpoint} into {@code dir}.
	 */
	public SnapshotManifest writeFull(CompiledRules rules, Checkpoint checkpoint, Instant createdAt, Path dir)
			throws IOException {
		Purpose purpose = purposeOf(rules);
		List<FileEntry> files = Files256.entries(dir, RuleFiles.write(rules, dir));
		SnapshotManifest manifest = new SnapshotManifest(purpose, false, checkpoint, null, List.of(), createdAt,
				counts(rules, 0), files, List.of());
		sign(manifest, dir);
		return manifest;
	}

	/**
	 * Writes an incremental snapshot into {@code dir}: the records added or replaced
	 * since the full snapshot {@code base} (compiled for the same purpose), the ids of
	 * records removed or replaced, the checkpoint and files of {@code base}, and the
	 * files of {@code full}, the full snapshot at the new checkpoint that applying it
	 * gives.
	 */
	public SnapshotManifest writeIncremental(RuleDelta delta, SnapshotManifest base, SnapshotManifest full,
			Instant createdAt, Path dir) throws IOException {
		CompiledRules additions = delta.additions();
		Set<String> removed = delta.removed();
		Purpose purpose = purposeOf(additions);
		for (SnapshotManifest manifest : List.of(base, full)) {
			if (manifest.incremental() || manifest.purpose() != purpose) {
				throw new IllegalArgumentException(
						"expected full " + purpose.token() + " snapshots as base and result, got a " + manifest.kind()
								+ " " + manifest.purpose().token() + " one");
			}
		}
		List<String> names = new ArrayList<>(RuleFiles.write(additions, dir));
		names.add(RuleFiles.writeRemoved(removed, dir));
		SnapshotManifest manifest = new SnapshotManifest(purpose, true, full.checkpoint(), base.checkpoint(),
				base.files(), createdAt, counts(additions, removed.size()), Files256.entries(dir, names), full.files());
		sign(manifest, dir);
		return manifest;
	}

	private void sign(SnapshotManifest manifest, Path dir) throws IOException {
		byte[] json = ManifestJson.write(manifest).getBytes(StandardCharsets.UTF_8);
		Files.write(dir.resolve(MANIFEST), json);
		Files.writeString(dir.resolve(SIGNATURE), ManifestSignature.sign(json, this.signer), StandardCharsets.UTF_8);
	}

	private static Purpose purposeOf(CompiledRules rules) {
		Purpose purpose = rules.purpose();
		if (purpose == null) {
			throw new IllegalArgumentException("expected rules compiled for one purpose, got rules for every purpose");
		}
		return purpose;
	}

	private static Map<String, Long> counts(CompiledRules rules, int removed) {
		CompiledRules.Counts counts = rules.counts();
		Map<String, Long> map = new LinkedHashMap<>();
		map.put("records", (long) counts.records());
		map.put("exactUrls", (long) counts.exactUrls());
		map.put("sha256", (long) counts.sha256());
		map.put("urlPrefixes", (long) counts.urlPrefixes());
		map.put("domains", (long) counts.domains());
		map.put("removedRecords", (long) removed);
		return map;
	}

}
