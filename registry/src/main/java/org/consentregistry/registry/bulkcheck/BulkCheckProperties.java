package org.consentregistry.registry.bulkcheck;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the bulk-check endpoint. The body itself is unbounded: it is streamed, never
 * held. A client idle for longer than the server's connection timeout
 * ({@code server.tomcat.connection-timeout}, Tomcat's default 60 s) has its request
 * ended.
 *
 * @param maxLineLength the longest line accepted; a longer one is answered with an
 * {@code item-too-long} error in its place, and the stream goes on
 * @param maxDuration how long one request may run; then its answer ends early with a
 * summary saying {@code bulk-check-time-limit}
 * @param maxConcurrent how many bulk checks run at once; one more is answered with
 * {@code 503 bulk-check-busy}
 * @param workers how many threads answer the items of all bulk checks (parse, decide,
 * write the answer) while each request reads and writes; 0 for one per processor
 */
@ConfigurationProperties("registry.bulk-check")
record BulkCheckProperties(@DefaultValue("16KB") DataSize maxLineLength, @DefaultValue("30m") Duration maxDuration,
		@DefaultValue("4") int maxConcurrent, @DefaultValue("0") int workers) {

	/** The number of worker threads: {@link #workers()}, or one per processor if 0. */
	int workerThreads() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

}
