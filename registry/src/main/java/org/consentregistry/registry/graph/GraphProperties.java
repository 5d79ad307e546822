package org.consentregistry.registry.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the registry's RDF store.
 *
 * @param dataDir the directory of the embedded TDB2 dataset; created if missing. The
 * ingest journal lives in its {@code journal} subdirectory.
 * @param maxCommitGroup the most writes taken from the queue at once and made durable by
 * one journal sync
 * @param commitEvery the most journal entries one TDB2 transaction holds before it
 * commits
 * @param maxBacklog the most durable journal entries the store may lag behind the journal
 * before new writes wait for it
 * @param commitInterval the longest a TDB2 write transaction stays open under load
 * @param idleCommit how long the writer waits for more work before it commits
 * @param journalSegmentSize the size at which the journal starts a new segment file
 */
@ConfigurationProperties("registry.graph")
public record GraphProperties(@DefaultValue("./data/tdb2") Path dataDir, @DefaultValue("64") int maxCommitGroup,
		@DefaultValue("4096") int commitEvery, @DefaultValue("1024") int maxBacklog,
		@DefaultValue("2s") Duration commitInterval, @DefaultValue("500ms") Duration idleCommit,
		@DefaultValue("256MB") DataSize journalSegmentSize) {

	/** Settings with the defaults for everything but the data directory. */
	public static GraphProperties of(Path dataDir) {
		return new GraphProperties(dataDir, 64, 4096, 1024, Duration.ofSeconds(2), Duration.ofMillis(500),
				DataSize.ofMegabytes(256));
	}

	/** The directory of the ingest journal. */
	public Path journalDir() {
		return this.dataDir.resolve("journal");
	}

}
