package org.consentregistry.registry.log;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.graph.RegistryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The log's store, keys and checkpoints, placed as {@link LogProperties} says.
 */
@Configuration(proxyBeanMethods = false)
class LogConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(LogConfiguration.class);

	private final LogProperties properties;

	private final Path graphDir;

	private final String origin;

	LogConfiguration(LogProperties properties, RegistryProperties registry,
			@Value("${registry.graph.data-dir:./data/tdb2}") Path graphDir) {
		this.properties = properties;
		this.graphDir = graphDir.toAbsolutePath().normalize();
		String configured = properties.origin();
		this.origin = (configured != null && !configured.isBlank()) ? configured
				: registry.baseUri().getHost() + "/log";
	}

	@Bean(destroyMethod = "close")
	MerkleStore merkleStore() throws IOException {
		Path directory = dataDir().resolve("tree");
		MerkleStore store = MerkleStore.open(directory);
		logger.info("Transparency log {} with {} leaves in {}", this.origin, store.size(), directory);
		return store;
	}

	@Bean
	LogKeys logKeys() throws IOException {
		String configured = this.properties.keyDir();
		Path parent = this.graphDir.getParent();
		Path directory = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: ((parent != null) ? parent : this.graphDir).resolve("log-keys");
		LogKeys keys = LogKeys.load(directory, this.origin, new SecureRandom());
		logger.info("Log key {} (and {} retired) from {}", keys.signer().verifier().verifierKey(),
				keys.retired().size(), directory);
		return keys;
	}

	/**
	 * Checkpoints over the entries durable in the ingest journal: the journal's listener
	 * appends leaves to the store before the journal's sync, and no checkpoint may cover
	 * an entry that a crash could still take back.
	 */
	@Bean
	Checkpoints checkpoints(MerkleStore store, LogKeys keys, RegistryDataset dataset) throws IOException {
		return new Checkpoints(store, keys, this.origin, dataDir().resolve("checkpoint"), dataset::journalSize);
	}

	@Bean
	CheckpointCadence checkpointCadence(Checkpoints checkpoints) {
		return new CheckpointCadence(checkpoints, this.properties.checkpointInterval());
	}

	private Path dataDir() {
		String configured = this.properties.dataDir();
		return (configured != null && !configured.isBlank()) ? Path.of(configured) : this.graphDir.resolve("log");
	}

}
