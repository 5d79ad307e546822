package org.consentregistry.registry.search.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search index on Elasticsearch
 * ({@code registry.search.backend=elasticsearch}; see docs/guides/operators-search.md).
 *
 * @param uris the cluster's HTTP addresses ({@code https://} for TLS); requests go to any
 * of them
 * @param username the user for HTTP basic authentication, or none
 * @param password the user's password
 * @param apiKey an API key (the encoded form Elasticsearch returns), used instead of a
 * user; or none
 * @param caCertificate a PEM file with the certificate(s) of the CA that signed the
 * cluster's HTTP certificate, if the JVM's trust store does not know it
 * @param indexPrefix the names' start: alias {@code <prefix>-records}, indices
 * {@code <prefix>-records-v<N>}
 * @param replicas the replicas of each shard of the live index (0 on a single node)
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout how long to wait for an answer
 * @param bulkSize the most documents per bulk request
 * @param retryAfter the {@code Retry-After} clients get while the cluster is unreachable
 * @param pointInTimeKeepAlive how long a relevance-sorted search's snapshot lives after
 * its last page was read
 * @param maxConnections the most connections to each node (requests beyond wait up to
 * {@code connectTimeout} for one, then answer as unavailable)
 * @param cacheFirstPages whether the first page of a search is asked for with its counts
 * as one search through the shard request cache, so that a repeated search skips its
 * query phase until the next refresh that changed the index (the hits are still fetched
 * and highlighted); else as two searches, of which only the counts are cached
 * @param sharedPointInTimeMaxAge how long the first pages of relevance searches share one
 * point in time at most (it is renewed sooner after every write of this registry); their
 * later pages are served from it. {@code 0s}: every first page opens its own
 */
@ConfigurationProperties("registry.search.elasticsearch")
record ElasticsearchSearchProperties(@DefaultValue("http://localhost:9200") List<URI> uris, @Nullable String username,
		@Nullable String password, @Nullable String apiKey, @Nullable Path caCertificate,
		@DefaultValue("registry") String indexPrefix, @DefaultValue("1") int replicas,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("30s") Duration socketTimeout,
		@DefaultValue("2000") int bulkSize, @DefaultValue("30s") Duration retryAfter,
		@DefaultValue("2m") Duration pointInTimeKeepAlive, @DefaultValue("64") int maxConnections,
		@DefaultValue("true") boolean cacheFirstPages, @DefaultValue("1s") Duration sharedPointInTimeMaxAge) {

	/** The defaults, for a cluster at {@code uris} (tests, the reindex command). */
	static ElasticsearchSearchProperties of(List<URI> uris, String indexPrefix) {
		return new ElasticsearchSearchProperties(uris, null, null, null, null, indexPrefix, 0, Duration.ofSeconds(2),
				Duration.ofSeconds(30), 2000, Duration.ofSeconds(30), Duration.ofMinutes(2), 64, true,
				Duration.ofSeconds(1));
	}

	/** A copy with another {@link #sharedPointInTimeMaxAge()}. */
	ElasticsearchSearchProperties withSharedPointInTimeMaxAge(Duration maxAge) {
		return new ElasticsearchSearchProperties(this.uris, this.username, this.password, this.apiKey,
				this.caCertificate, this.indexPrefix, this.replicas, this.connectTimeout, this.socketTimeout,
				this.bulkSize, this.retryAfter, this.pointInTimeKeepAlive, this.maxConnections, this.cacheFirstPages,
				maxAge);
	}

}
