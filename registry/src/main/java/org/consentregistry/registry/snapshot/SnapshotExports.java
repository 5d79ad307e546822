package org.consentregistry.registry.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.control.VerifiedControl;
import org.consentregistry.registry.log.CheckpointException;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.LogKeys;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes full snapshots for a purpose at the latest signed checkpoint, under
 * {@code <data-dir>/snapshots/<purpose>/<tree size>}: the records whose log index is
 * below the checkpoint's size, as they stood then, compiled for the purpose with control
 * as verified at export time, signed with the registry's log key. A snapshot is written
 * into a temporary directory and renamed into place, so a reader never sees half of one;
 * the files of a tree size never change (incremental snapshots leading to it are added
 * under its {@code since/}). The newest {@link #KEPT} per purpose are kept. Writing and
 * pruning hold this object's monitor, which {@link IncrementalExports} holds too.
 */
@Component
public class SnapshotExports {

	/** How many full snapshots of each purpose are kept. */
	static final int KEPT = 3;

	private static final Logger logger = LoggerFactory.getLogger(SnapshotExports.class);

	private final EngineRecords records;

	private final LogPoints points;

	private final Checkpoints checkpoints;

	private final SnapshotWriter writer;

	private final VerifiedControl control;

	private final Clock clock;

	private final Path root;

	private final boolean logEnabled;

	SnapshotExports(EngineRecords records, LogPoints points, Checkpoints checkpoints, LogKeys keys,
			VerifiedControl control, Clock clock, @Value("${registry.graph.data-dir:./data/tdb2}") Path graphDir,
			@Value("${registry.log.enabled:true}") boolean logEnabled) {
		this.records = records;
		this.points = points;
		this.checkpoints = checkpoints;
		this.writer = new SnapshotWriter(keys.signer());
		this.control = control;
		this.clock = clock;
		this.root = graphDir.toAbsolutePath().normalize().resolve("snapshots");
		this.logEnabled = logEnabled;
	}

	/**
	 * The directory of the full snapshot of {@code purpose} at the latest signed
	 * checkpoint, written now if it does not exist yet.
	 */
	public synchronized Path latest(Purpose purpose) {
		SignedCheckpoint checkpoint = latestCheckpoint();
		Path dir = directory(purpose, checkpoint.size());
		if (Files.isDirectory(dir)) {
			return dir;
		}
		try {
			write(purpose, checkpoint, dir);
			prune(purpose);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the " + purpose.token() + " snapshot at tree size "
					+ checkpoint.size() + " into " + dir, ex);
		}
	}

	/** The directory of the full snapshot of {@code purpose} at {@code size}, if kept. */
	public Optional<Path> atSize(Purpose purpose, long size) {
		Path dir = directory(purpose, size);
		return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
	}

	private void write(Purpose purpose, SignedCheckpoint checkpoint, Path dir) throws IOException {
		long start = System.nanoTime();
		Instant now = this.clock.instant();
		RuleCompiler compiler = new RuleCompiler(purpose, this.control, now);
		List<ConsentRecord> asOf = this.records.asOf(this.points.atSize(checkpoint.size()));
		asOf.forEach(compiler::add);
		Path temporary = dir.resolveSibling(dir.getFileName() + ".tmp-" + System.nanoTime());
		Files.createDirectories(temporary);
		try {
			this.writer.writeFull(compiler.compile(), checkpoint.checkpoint(), now, temporary);
			Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			delete(temporary);
		}
		logger.info("Snapshot {} at tree size {} written from {} record versions in {} ms", purpose.token(),
				checkpoint.size(), asOf.size(), (System.nanoTime() - start) / 1_000_000);
	}

	private void prune(Purpose purpose) throws IOException {
		try (Stream<Path> dirs = Files.list(this.root.resolve(purpose.token()))) {
			List<Path> sizes = dirs.filter((dir) -> dir.getFileName().toString().matches("[0-9]+"))
				.sorted(Comparator.comparingLong((Path dir) -> Long.parseLong(dir.getFileName().toString())).reversed())
				.toList();
			for (Path old : sizes.subList(Math.min(KEPT, sizes.size()), sizes.size())) {
				delete(old);
			}
		}
	}

	private Path directory(Purpose purpose, long size) {
		return this.root.resolve(purpose.token()).resolve(Long.toString(size));
	}

	private SignedCheckpoint latestCheckpoint() {
		if (!this.logEnabled) {
			throw new ProblemException(Problem.CHECKPOINT_UNAVAILABLE,
					"The transparency log is off (registry.log.enabled=false): snapshots name a checkpoint");
		}
		return this.checkpoints.latest().orElseGet(() -> {
			try {
				return this.checkpoints.sign();
			}
			catch (CheckpointException ex) {
				throw new ProblemException(Problem.CHECKPOINT_UNAVAILABLE,
						"The log has no signed checkpoint for a snapshot: " + ex.getMessage(), ex);
			}
		});
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
