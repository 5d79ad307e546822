package org.consentregistry.registry.log.web;

import org.consentregistry.registry.log.CheckpointException;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.MerkleStore;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The latest signed checkpoint and the inclusion and consistency proofs that lead to it.
 * Proofs are served only for tree sizes up to the latest checkpoint, whose signed root a
 * client checks them against.
 */
@RestController
class LogController {

	static final String TEXT_UTF8 = "text/plain;charset=UTF-8";

	private final Checkpoints checkpoints;

	private final MerkleStore store;

	LogController(Checkpoints checkpoints, MerkleStore store) {
		this.checkpoints = checkpoints;
		this.store = store;
	}

	@GetMapping(path = "/log/checkpoint", produces = TEXT_UTF8)
	String checkpoint() {
		return latest().note();
	}

	@GetMapping(path = "/log/proof/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
	LogJson.Inclusion inclusion(@RequestParam(required = false) @Nullable String index,
			@RequestParam(required = false) @Nullable String size) {
		long leaf = parse("index", index, 0);
		long tree = treeSize("size", size);
		if (leaf >= tree) {
			throw new ProblemException(Problem.LOG_INDEX_BEYOND_SIZE,
					"Expected a leaf index below the tree size " + tree + " but it is " + leaf)
				.with("size", tree);
		}
		return new LogJson.Inclusion(leaf, tree, LogJson.base64(this.store.inclusionProof(leaf, tree)));
	}

	@GetMapping(path = "/log/proof/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
	LogJson.Consistency consistency(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		long first = parse("from", from, 1);
		long second = treeSize("to", to);
		if (first > second) {
			throw ProblemException.invalidParameter("from", "at most 'to' (" + second + ")", String.valueOf(first));
		}
		return new LogJson.Consistency(first, second, LogJson.base64(this.store.consistencyProof(first, second)));
	}

	private SignedCheckpoint latest() {
		return this.checkpoints.latest().orElseGet(() -> {
			try {
				return this.checkpoints.sign();
			}
			catch (CheckpointException ex) {
				throw new ProblemException(Problem.CHECKPOINT_UNAVAILABLE,
						"The log has no signed checkpoint to serve: " + ex.getMessage(), ex);
			}
		});
	}

	/** A tree size up to the latest checkpoint's; that size when absent. */
	private long treeSize(String name, @Nullable String value) {
		long limit = latest().size();
		if (value == null) {
			return limit;
		}
		long size = parse(name, value, 1);
		if (size > limit) {
			throw new ProblemException(Problem.LOG_SIZE_BEYOND_CHECKPOINT, "Expected '" + name
					+ "' to be at most the size of the latest checkpoint, " + limit + ", but it is " + size)
				.with("parameter", name)
				.with("checkpointSize", limit);
		}
		return size;
	}

	private static long parse(String name, @Nullable String value, long min) {
		if (value == null) {
			throw ProblemException.invalidParameter(name, "given", "missing");
		}
		try {
			long number = Long.parseLong(value.strip());
			if (number >= min) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ProblemException.invalidParameter(name, "a whole number of at least " + min, value);
	}

}
