package org.consentregistry.registry.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.consentregistry.blocker.engine.RuleFiles;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.consentregistry.registry.system.RequestParameters;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves snapshots as {@code crawler-blocker fetch} reads them ({@code docs/api.md},
 * "Snapshots"): the latest full snapshot's manifest and signature, the files of a full
 * snapshot by tree size, and incremental snapshots from a kept full snapshot to the
 * latest ({@code since/{base}/...}), whose files are under the latest's tree size.
 */
@RestController
class SnapshotController {

	private static final MediaType BINARY = MediaType.APPLICATION_OCTET_STREAM;

	private final SnapshotExports exports;

	private final IncrementalExports incrementals;

	private final Set<String> files = new HashSet<>(RuleFiles.names());

	private final Set<String> incrementalFiles = new HashSet<>(RuleFiles.names());

	SnapshotController(SnapshotExports exports, IncrementalExports incrementals) {
		this.exports = exports;
		this.incrementals = incrementals;
		this.files.add(SnapshotWriter.MANIFEST);
		this.files.add(SnapshotWriter.SIGNATURE);
		this.incrementalFiles.addAll(this.files);
		this.incrementalFiles.add(RuleFiles.removedName());
	}

	@Operation(summary = "The latest full snapshot's manifest or signature",
			description = "Written on first request for each new signed checkpoint.")
	@GetMapping("/snapshots/{purpose}/latest/{file}")
	ResponseEntity<byte[]> latest(@PathVariable String purpose, @PathVariable String file) throws IOException {
		if (!SnapshotWriter.MANIFEST.equals(file) && !SnapshotWriter.SIGNATURE.equals(file)) {
			throw notFound("/snapshots/" + purpose + "/latest/" + file);
		}
		Path dir = this.exports.latest(RequestParameters.purpose("purpose", purpose));
		return serve(dir.resolve(file), file, CacheControl.noCache());
	}

	@Operation(summary = "A file of the full snapshot at a tree size")
	@GetMapping("/snapshots/{purpose}/{size:[0-9]+}/{file}")
	ResponseEntity<byte[]> file(@PathVariable String purpose, @PathVariable long size, @PathVariable String file)
			throws IOException {
		String path = "/snapshots/" + purpose + "/" + size + "/" + file;
		if (!this.files.contains(file)) {
			throw notFound(path);
		}
		Path dir = this.exports.atSize(RequestParameters.purpose("purpose", purpose), size)
			.orElseThrow(() -> notFound(path));
		return serve(dir.resolve(file), file, CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic());
	}

	@Operation(summary = "The manifest or signature of the incremental snapshot from a kept full one to the latest",
			description = "Written on first request; 404 when the registry keeps no full snapshot at that tree size.")
	@GetMapping("/snapshots/{purpose}/since/{base:[0-9]+}/{file}")
	ResponseEntity<byte[]> incremental(@PathVariable String purpose, @PathVariable long base, @PathVariable String file)
			throws IOException {
		if (!SnapshotWriter.MANIFEST.equals(file) && !SnapshotWriter.SIGNATURE.equals(file)) {
			throw notFound("/snapshots/" + purpose + "/since/" + base + "/" + file);
		}
		Path dir = this.incrementals.since(RequestParameters.purpose("purpose", purpose), base)
			.orElseThrow(() -> new ProblemException(Problem.NOT_FOUND,
					"Expected a kept full snapshot at tree size " + base + " to make an incremental snapshot from,"
							+ " but this registry keeps none there; fetch the full snapshot (without --since)"));
		return serve(dir.resolve(file), file, CacheControl.noCache());
	}

	@Operation(summary = "A file of an incremental snapshot, by its tree size and its base's")
	@GetMapping("/snapshots/{purpose}/{size:[0-9]+}/since/{base:[0-9]+}/{file}")
	ResponseEntity<byte[]> incrementalFile(@PathVariable String purpose, @PathVariable long size,
			@PathVariable long base, @PathVariable String file) throws IOException {
		String path = "/snapshots/" + purpose + "/" + size + "/since/" + base + "/" + file;
		if (!this.incrementalFiles.contains(file)) {
			throw notFound(path);
		}
		Path dir = this.incrementals.at(RequestParameters.purpose("purpose", purpose), size, base)
			.orElseThrow(() -> notFound(path));
		return serve(dir.resolve(file), file, CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic());
	}

	private static ResponseEntity<byte[]> serve(Path file, String name, CacheControl cache) throws IOException {
		MediaType type = name.equals(SnapshotWriter.MANIFEST) ? MediaType.APPLICATION_JSON
				: name.equals(SnapshotWriter.SIGNATURE) ? MediaType.TEXT_PLAIN : BINARY;
		return ResponseEntity.ok().contentType(type).cacheControl(cache).body(Files.readAllBytes(file));
	}

	private static ProblemException notFound(String path) {
		return new ProblemException(Problem.NOT_FOUND, "Expected a snapshot file at " + path
				+ " but this registry keeps none there (see GET /snapshots/{purpose}/latest/manifest.json)");
	}

}
