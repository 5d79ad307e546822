package org.consentregistry.blocker.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The manifest of a snapshot ({@code manifest.json}, JSON Schema
 * {@code schemas/json-schema/snapshot-manifest.schema.json}): what it is a snapshot of,
 * the log checkpoint it reflects, counts, and the name, size and SHA-256 of every data
 * file. Signed by the registry in {@code manifest.sig}.
 *
 * @param purpose the purpose the rules are compiled for
 * @param incremental whether this is an incremental snapshot (additions and removals
 * since {@code base}) rather than a full one
 * @param checkpoint the log checkpoint the snapshot reflects (origin, tree size, root)
 * @param base for an incremental snapshot, the checkpoint of the full snapshot it applies
 * to; {@code null} for a full one
 * @param baseFiles for an incremental snapshot, the data files of the full snapshot it
 * applies to (a client checks its local files against them); empty for a full one
 * @param createdAt when the registry made it
 * @param counts entry counts of the data files ({@code records}, {@code exactUrls},
 * {@code sha256}, {@code urlPrefixes}, {@code domains}, and {@code removedRecords})
 * @param files the data files of this snapshot
 * @param result for an incremental snapshot, the data files of the full snapshot that
 * applying it gives; empty for a full one
 */
public record SnapshotManifest(Purpose purpose, boolean incremental, Checkpoint checkpoint, @Nullable Checkpoint base,
		List<FileEntry> baseFiles, Instant createdAt, Map<String, Long> counts, List<FileEntry> files,
		List<FileEntry> result) {

	/** The value of the manifest's {@code format} member. */
	public static final String FORMAT = "consent-registry-snapshot";

	/** The format version this library writes and reads. */
	public static final int VERSION = 1;

	public SnapshotManifest {
		counts = Map.copyOf(counts);
		files = List.copyOf(files);
		result = List.copyOf(result);
		baseFiles = List.copyOf(baseFiles);
		if (incremental != (base != null) || (incremental == result.isEmpty()) || incremental == baseFiles.isEmpty()) {
			throw new IllegalArgumentException(
					"expected a base, base files and result files exactly for an incremental snapshot, got incremental="
							+ incremental + " with base " + base + ", " + baseFiles.size() + " base files and "
							+ result.size() + " result files");
		}
	}

	/** The files a local snapshot directory holds: the full snapshot's. */
	public List<FileEntry> localFiles() {
		return this.incremental ? this.result : this.files;
	}

	/** {@code full} or {@code incremental}. */
	public String kind() {
		return this.incremental ? "incremental" : "full";
	}

}
