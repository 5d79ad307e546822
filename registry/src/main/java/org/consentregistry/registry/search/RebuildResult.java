package org.consentregistry.registry.search;

import java.time.Duration;

/**
 * What a full rebuild of the search index did.
 *
 * @param version the new versioned index now behind the alias
 * @param documents how many record documents it was filled with
 * @param position the journal size it covers; entries after it are indexed by the indexer
 * as usual
 * @param duration how long the rebuild took
 */
public record RebuildResult(String version, long documents, long position, Duration duration) {

	/** Documents indexed per second. */
	public double documentsPerSecond() {
		double seconds = Math.max(0.001, this.duration.toNanos() / 1e9);
		return this.documents / seconds;
	}

}
