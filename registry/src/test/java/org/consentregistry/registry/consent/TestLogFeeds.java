package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.LogKeys;
import org.consentregistry.registry.log.MerkleStore;

/**
 * A real transparency log (tree files, key, checkpoints) in a directory, fed by a
 * dataset's journal, for tests that wire the submission pipeline by hand.
 */
public final class TestLogFeeds {

	private TestLogFeeds() {
	}

	public static LogFeed open(RegistryDataset dataset, Path directory) {
		try {
			MerkleStore store = MerkleStore.open(directory.resolve("tree"));
			LogKeys keys = LogKeys.load(directory.resolve("keys"), "registry.example/log", new SecureRandom());
			return new LogFeed(dataset, store,
					new Checkpoints(store, keys, "registry.example/log", directory.resolve("checkpoint")), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
