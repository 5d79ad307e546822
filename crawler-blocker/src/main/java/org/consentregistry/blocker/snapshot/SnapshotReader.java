package org.consentregistry.blocker.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.RuleFiles;
import org.consentregistry.blocker.engine.RuleFormatException;
import org.consentregistry.blocker.snapshot.SnapshotVerificationException.Reason;
import org.consentregistry.blocker.tlog.NoteVerifier;

/**
 * Reads snapshots, verifying before anything is used: the manifest's signature against
 * the trusted registry keys, then the size and SHA-256 of every data file, then the
 * files' format. Anything else is refused with a {@link SnapshotVerificationException}.
 */
public final class SnapshotReader {

	private final List<NoteVerifier> keys;

	/** A reader trusting manifests signed by one of {@code keys}. */
	public SnapshotReader(Collection<NoteVerifier> keys) {
		this.keys = List.copyOf(keys);
	}

	/**
	 * Reads the full snapshot in {@code dir} (as written, or as an incremental left it).
	 * The files' sizes are checked against the signed manifest first; their hashes are
	 * checked on another thread while they are parsed, and the snapshot is returned only
	 * once both are done, so nothing from a file that fails its check is ever used.
	 */
	public Snapshot read(Path dir) throws SnapshotVerificationException, IOException {
		byte[] json = manifestBytes(dir);
		SnapshotManifest manifest = verifiedManifest(dir, json);
		ParallelCheck check = ParallelCheck.start(dir, manifest.localFiles());
		CompiledRules rules;
		try {
			rules = rules(dir, manifest);
		}
		catch (SnapshotVerificationException | IOException | RuntimeException | OutOfMemoryError ex) {
			check.awaitAfter(ex);
			throw ex;
		}
		check.await();
		return new Snapshot(manifest, ManifestSignature.sha256(json), rules);
	}

	/** Checks the signature of the manifest in {@code dir} and parses it. */
	public SnapshotManifest manifest(Path dir) throws SnapshotVerificationException, IOException {
		return verifiedManifest(dir, manifestBytes(dir));
	}

	/**
	 * Applies the incremental snapshot in {@code incrementalDir} to the full snapshot in
	 * {@code baseDir}, writing the resulting full snapshot into {@code outDir} (which may
	 * not be either of them) after checking it against the incremental's result hashes. A
	 * base that fails verification, or is not the one the incremental names (checkpoint
	 * and file hashes), is refused with reason {@link Reason#BASE}.
	 */
	public SnapshotManifest apply(Path baseDir, Path incrementalDir, Path outDir)
			throws SnapshotVerificationException, IOException {
		byte[] json = manifestBytes(incrementalDir);
		SnapshotManifest incremental = verifiedManifest(incrementalDir, json);
		Snapshot base = base(baseDir);
		requireBase(base.manifest(), incremental);
		Files256.check(incrementalDir, incremental.files());
		CompiledRules additions = rules(incrementalDir, incremental);
		Set<String> removed = removed(incrementalDir);
		RuleFiles.write(RuleFiles.apply(base.rules(), additions, removed), outDir);
		Files256.check(outDir, incremental.result());
		Files.write(outDir.resolve(SnapshotWriter.MANIFEST), json);
		Files.copy(incrementalDir.resolve(SnapshotWriter.SIGNATURE), outDir.resolve(SnapshotWriter.SIGNATURE),
				StandardCopyOption.REPLACE_EXISTING);
		return incremental;
	}

	private Snapshot base(Path baseDir) throws SnapshotVerificationException, IOException {
		try {
			return read(baseDir);
		}
		catch (SnapshotVerificationException ex) {
			throw new SnapshotVerificationException(Reason.BASE,
					"the base snapshot in " + baseDir + " failed verification: " + ex.getMessage(), ex);
		}
	}

	private static void requireBase(SnapshotManifest base, SnapshotManifest incremental)
			throws SnapshotVerificationException {
		if (!incremental.incremental() || incremental.purpose() != base.purpose()
				|| !base.checkpoint().equals(incremental.base())) {
			throw new SnapshotVerificationException(Reason.BASE,
					"expected an incremental " + base.purpose().token() + " snapshot from tree size "
							+ base.checkpoint().size() + ", got " + (incremental.incremental() ? "an " : "a ")
							+ incremental.kind() + " " + incremental.purpose().token() + " one"
							+ ((incremental.base() != null) ? " from tree size " + incremental.base().size() : ""));
		}
		for (FileEntry want : incremental.baseFiles()) {
			FileEntry got = base.files().stream().filter((f) -> f.name().equals(want.name())).findFirst().orElse(null);
			if (!want.equals(got)) {
				throw new SnapshotVerificationException(Reason.BASE,
						"expected the base snapshot at tree size " + base.checkpoint().size() + " to have "
								+ want.name() + " of " + want.size() + " bytes with SHA-256 " + want.sha256()
								+ " as the incremental names, the local one has "
								+ ((got != null) ? got.size() + " bytes with " + got.sha256() : "no such file"));
			}
		}
		if (base.files().size() != incremental.baseFiles().size()) {
			throw new SnapshotVerificationException(Reason.BASE,
					"expected the base snapshot at tree size " + base.checkpoint().size() + " to have the "
							+ incremental.baseFiles().size() + " files the incremental names, the local one has "
							+ base.files().size());
		}
	}

	private SnapshotManifest verifiedManifest(Path dir, byte[] json) throws SnapshotVerificationException, IOException {
		String signature;
		try {
			signature = Files.readString(dir.resolve(SnapshotWriter.SIGNATURE), StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new SnapshotVerificationException(Reason.SIGNATURE, "no manifest.sig beside manifest.json in " + dir,
					ex);
		}
		ManifestSignature.verify(json, signature, this.keys);
		return ManifestJson.parse(new String(json, StandardCharsets.UTF_8));
	}

	private static byte[] manifestBytes(Path dir) throws SnapshotVerificationException, IOException {
		try (InputStream in = Files.newInputStream(dir.resolve(SnapshotWriter.MANIFEST))) {
			byte[] json = in.readNBytes(ManifestJson.MAX_LENGTH + 1);
			if (json.length > ManifestJson.MAX_LENGTH) {
				throw new SnapshotVerificationException(Reason.MALFORMED,
						"expected a manifest.json of at most " + ManifestJson.MAX_LENGTH + " bytes, got more");
			}
			return json;
		}
		catch (NoSuchFileException ex) {
			throw new SnapshotVerificationException(Reason.FILE, "no manifest.json in " + dir, ex);
		}
	}

	private static CompiledRules rules(Path dir, SnapshotManifest manifest)
			throws SnapshotVerificationException, IOException {
		CompiledRules rules;
		try {
			rules = RuleFiles.read(dir);
		}
		catch (RuleFormatException ex) {
			throw new SnapshotVerificationException(Reason.MALFORMED, "snapshot data: " + ex.getMessage(), ex);
		}
		if (rules.purpose() != manifest.purpose()) {
			throw new SnapshotVerificationException(Reason.MALFORMED, "expected rules for purpose "
					+ manifest.purpose().token() + " as the manifest says, got rules for " + rules.purpose());
		}
		return rules;
	}

	private static Set<String> removed(Path dir) throws SnapshotVerificationException, IOException {
		try {
			return RuleFiles.readRemoved(dir);
		}
		catch (RuleFormatException ex) {
			throw new SnapshotVerificationException(Reason.MALFORMED, "snapshot data: " + ex.getMessage(), ex);
		}
	}

}
