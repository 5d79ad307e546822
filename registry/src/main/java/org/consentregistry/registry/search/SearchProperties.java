package org.consentregistry.registry.search;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search.
 *
 * @param backend {@code lucene} (the default: an embedded index under the data directory)
 * or {@code elasticsearch}
 * @param directory where the Lucene index lives; empty for {@code <data-dir>/search}
 * @param batchSize how many journal entries the indexer reads per batch
 * @param minBackoff the first retry delay after the index failed
 * @param maxBackoff the longest retry delay
 * @param adminToken a token that allows {@code POST /admin/search/reindex} from any
 * address (header {@code Authorization: Bearer <token>}); empty to allow loopback clients
 * only
 * @param indexing whether the background indexer runs (the {@code reindex} command turns
 * it off)
 * @param writeInterval how long the indexer rests after writing documents before it
 * writes again, unless a full batch is waiting: under a stream of submissions each write
 * (a Lucene commit, an Elasticsearch bulk request) then carries what arrived meanwhile; a
 * new record becomes searchable within about this time
 */
@ConfigurationProperties("registry.search")
public record SearchProperties(@DefaultValue("lucene") String backend, @Nullable Path directory,
		@DefaultValue("500") int batchSize, @DefaultValue("250ms") Duration minBackoff,
		@DefaultValue("30s") Duration maxBackoff, @Nullable String adminToken, @DefaultValue("true") boolean indexing,
		@DefaultValue("1s") Duration writeInterval) {

	/** The retry delay after {@code failures} failures in a row (doubling, capped). */
	Duration backoff(int failures) {
		long millis = this.minBackoff.toMillis() << Math.min(20, Math.max(0, failures - 1));
		return Duration.ofMillis(Math.min(millis, this.maxBackoff.toMillis()));
	}

}
