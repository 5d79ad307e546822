package org.consentregistry.registry.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.consentregistry.blocker.engine.RuleDelta;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.snapshot.Snapshot;
import org.consentregistry.blocker.snapshot.SnapshotManifest;
import org.consentregistry.blocker.snapshot.SnapshotReader;
import org.consentregistry.blocker.snapshot.SnapshotVerificationException;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.consentregistry.registry.log.LogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes incremental snapshots from a kept full snapshot to the latest one, under
 * {@code <latest>/since/<base size>}: the difference of the two full snapshots' compiled
 * rules ({@link RuleDelta}: records new or changed in any way, control flags included,
 * and ids of records removed or changed), so that applying it to the base gives the
 * latest full snapshot byte for byte. Written on first request, like full snapshots, and
 * deleted with the full snapshot they lead to. Only kept full snapshots can be a base:
 * the registry cannot rebuild an older one exactly (control is as verified at export).
 */
@Component
class IncrementalExports {

	static final String SINCE = "since";

	private static final Logger logger = LoggerFactory.getLogger(IncrementalExports.class);

	private final SnapshotExports full;

	private final SnapshotWriter writer;

	private final SnapshotReader reader;

	private final Clock clock;

	IncrementalExports(SnapshotExports full, LogKeys keys, Clock clock) {
		this.full = full;
		this.writer = new SnapshotWriter(keys.signer());
		this.reader = new SnapshotReader(keys.verifiers());
		this.clock = clock;
	}

	/**
	 * The directory of the incremental snapshot of {@code purpose} from the full snapshot
	 * at tree size {@code base} to the latest one, written now if needed; empty if no
	 * full snapshot at {@code base} is kept or it is newer than the latest.
	 */
	Optional<Path> since(Purpose purpose, long base) {
		synchronized (this.full) {
			Path latest = this.full.latest(purpose);
			Optional<Path> baseDir = this.full.atSize(purpose, base);
			if (baseDir.isEmpty() || base > Long.parseLong(latest.getFileName().toString())) {
				return Optional.empty();
			}
			Path dir = latest.resolve(SINCE).resolve(Long.toString(base));
			if (!Files.isDirectory(dir)) {
				write(purpose, baseDir.get(), latest, dir);
			}
			return Optional.of(dir);
		}
	}

	/** The directory of an incremental snapshot already written, if kept. */
	Optional<Path> at(Purpose purpose, long size, long base) {
		return this.full.atSize(purpose, size)
			.map((dir) -> dir.resolve(SINCE).resolve(Long.toString(base)))
			.filter(Files::isDirectory);
	}

	private void write(Purpose purpose, Path baseDir, Path latest, Path dir) {
		long start = System.nanoTime();
		Path temporary = dir.resolveSibling(dir.getFileName() + ".tmp-" + System.nanoTime());
		try {
			Snapshot from = this.reader.read(baseDir);
			Snapshot to = this.reader.read(latest);
			Files.createDirectories(temporary);
			SnapshotManifest manifest = this.writer.writeIncremental(RuleDelta.between(from.rules(), to.rules()),
					from.manifest(), to.manifest(), this.clock.instant(), temporary);
			Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
			logger.info("Incremental snapshot {} from tree size {} to {} written ({}) in {} ms", purpose.token(),
					from.manifest().checkpoint().size(), to.manifest().checkpoint().size(), manifest.counts(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the incremental " + purpose.token() + " snapshot into " + dir,
					ex);
		}
		catch (SnapshotVerificationException ex) {
			throw new IllegalStateException("A kept " + purpose.token() + " snapshot fails verification: "
					+ ex.getMessage() + "; delete it from " + baseDir.getParent(), ex);
		}
		finally {
			delete(temporary);
		}
	}

	private static void delete(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			logger.warn("Cannot delete {}: {}", path, ex.toString());
		}
	}

}
