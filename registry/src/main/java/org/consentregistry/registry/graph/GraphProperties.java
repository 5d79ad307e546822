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
 * @param nodeCacheSize the entries in each of TDB2's two node caches (node id to node,
 * node to node id). TDB2's own default (750,000 and 200,000) keeps most of a large
 * store's nodes in the old generation, and a read of a record not in it replaces dozens
 * of entries: every young pause then copies the new entries and scans the old-generation
 * cards pointing at them. A smaller cache keeps the nodes every read uses (predicates,
 * classes, the registry graph) and lets more of a record's own nodes die young. Too small
 * (10,000) costs submissions a fifth of their rate; the default of 100,000 keeps both
 * (docs/benchmarks.md, quiet window 2026-11-26 16:07, and "Issue 4: the read path's
 * garbage").
 * @param idToNodeCacheSize the entries of the node id to node cache alone, or 0 (the
 * default) for {@code nodeCacheSize}. At 10,000 beside 100,000 it halved a work page's
 * survivors and cut the page's median p99 over three quiet runs from 35.4 to 27.9 ms, but
 * sustained submissions fell to 354/s (docs/guides/operators.md), so both stay equal
 * unless set.
 */
@ConfigurationProperties("registry.graph")
public record GraphProperties(@DefaultValue("./data/tdb2") Path dataDir, @DefaultValue("64") int maxCommitGroup,
		@DefaultValue("4096") int commitEvery, @DefaultValue("1024") int maxBacklog,
		@DefaultValue("2s") Duration commitInterval, @DefaultValue("500ms") Duration idleCommit,
		@DefaultValue("256MB") DataSize journalSegmentSize, @DefaultValue("100000") int nodeCacheSize,
		@DefaultValue("0") int idToNodeCacheSize) {

	/** The default of {@link #nodeCacheSize()}. */
	public static final int DEFAULT_NODE_CACHE_SIZE = 100_000;

	public GraphProperties {
		if (nodeCacheSize < 1) {
			throw new IllegalArgumentException(
					"Expected registry.graph.node-cache-size to be at least 1 but got " + nodeCacheSize);
		}
		if (idToNodeCacheSize < 0) {
			throw new IllegalArgumentException(
					"Expected registry.graph.id-to-node-cache-size to be at least 0 but got " + idToNodeCacheSize);
		}
	}

	/** Settings with the defaults for everything but the data directory. */
	public static GraphProperties of(Path dataDir) {
		return new GraphProperties(dataDir, 64, 4096, 1024, Duration.ofSeconds(2), Duration.ofMillis(500),
				DataSize.ofMegabytes(256), DEFAULT_NODE_CACHE_SIZE, 0);
	}

	/**
	 * The entries of TDB2's node id to node cache: {@link #idToNodeCacheSize()}, or
	 * {@link #nodeCacheSize()} when that is 0.
	 */
	public int effectiveIdToNodeCacheSize() {
		return (this.idToNodeCacheSize > 0) ? this.idToNodeCacheSize : this.nodeCacheSize;
	}

	/** The directory of the ingest journal. */
	public Path journalDir() {
		return this.dataDir.resolve("journal");
	}

}
