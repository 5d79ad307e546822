package org.consentregistry.registry.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the SPARQL endpoint.
 *
 * @param timeout how long a query may run; it is then cancelled and answered with
 * {@code 422 sparql-timeout}
 * @param maxResults the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) an answer may
 * hold; a larger one is answered with {@code 422 sparql-too-many-results}
 * @param maxQueryLength the longest query accepted, in characters
 * @param maxConcurrent how many queries run at once
 * @param queueWait how long a query waits for one of the {@code maxConcurrent} slots; it
 * is then answered with {@code 503 sparql-busy} and {@code Retry-After}, so that a busy
 * endpoint says so at once rather than holding connections open
 */
@ConfigurationProperties("registry.sparql")
record SparqlProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") int maxResults,
		@DefaultValue("20000") int maxQueryLength, @DefaultValue("4") int maxConcurrent,
		@DefaultValue("2s") Duration queueWait) {
}
