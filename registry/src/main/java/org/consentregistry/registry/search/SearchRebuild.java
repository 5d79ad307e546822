package org.consentregistry.registry.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One full rebuild: every record read from the store in one read transaction into a new
 * versioned index, completed with the journal size taken before the read (entries after
 * it are indexed again by the indexer, which is harmless: documents are upserts).
 */
final class SearchRebuild {

	private SearchRebuild() {
	}

	static RebuildResult run(SearchIndex index, SearchSource source, long position, int batchSize) {
		long started = System.nanoTime();
		AtomicLong documents = new AtomicLong();
		try (IndexRebuild rebuild = index.rebuild()) {
			source.all(batchSize, (batch) -> {
				rebuild.index(batch);
				documents.addAndGet(batch.size());
			});
			rebuild.complete(position);
			return new RebuildResult(rebuild.version(), documents.get(), position,
					Duration.ofNanos(System.nanoTime() - started));
		}
	}

}
