package org.consentregistry.registry.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.consentregistry.blocker.engine.RuleFiles;
import org.consentregistry.blocker.policy.Purpose;
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
 * Serves full snapshots as {@code crawler-blocker fetch} reads them ({@code docs/api.md},
 * "Snapshots"): the latest manifest and its signature, and the files of a snapshot by
 * tree size. Incremental snapshots are not exported: {@code since/...} answers
 * {@code 404}, and a client fetches the full snapshot instead.
 */
@RestController
class SnapshotController {

	private static final MediaType BINARY = MediaType.APPLICATION_OCTET_STREAM;

	private final SnapshotExports exports;

	private final Set<String> files = new HashSet<>(RuleFiles.names());

	SnapshotController(SnapshotExports exports) {
		this.exports = exports;
		this.files.add(SnapshotWriter.MANIFEST);
		this.files.add(SnapshotWriter.SIGNATURE);
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

	@GetMapping("/snapshots/{purpose}/since/{base}/{file}")
	ResponseEntity<byte[]> incremental(@PathVariable String purpose, @PathVariable String base,
			@PathVariable String file) {
		RequestParameters.purpose("purpose", purpose);
		throw new ProblemException(Problem.NOT_FOUND, "Expected an incremental snapshot since tree size " + base
				+ " but this registry exports full snapshots only; fetch without --since");
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
