package org.consentregistry.registry.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * One full rebuild: every record read from the store in one read transaction into a new
 * versioned index, completed with the journal size taken before the read (entries after
 * it are indexed again by the indexer, which is harmless: documents are upserts). Reading
 * and writing overlap: while a writer thread indexes one batch, the store is read for the
 * next (at most one batch waits, so memory stays bounded).
 */
final class SearchRebuild {

	private SearchRebuild() {
	}

	static RebuildResult run(SearchIndex index, SearchSource source, long position, int batchSize) {
		long started = System.nanoTime();
		try (IndexRebuild rebuild = index.rebuild(); Pipeline pipeline = new Pipeline(rebuild)) {
			source.all(batchSize, pipeline::write);
			pipeline.finish();
			rebuild.complete(position);
			return new RebuildResult(rebuild.version(), pipeline.documents.get(), position,
					Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/** Hands batches to one writer thread, one at a time. */
	private static final class Pipeline implements AutoCloseable {

		private final IndexRebuild rebuild;

		private final ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "search-rebuild-writer");
			thread.setDaemon(true);
			return thread;
		});

		private final AtomicLong documents = new AtomicLong();

		private @Nullable Future<?> pending;

		Pipeline(IndexRebuild rebuild) {
			this.rebuild = rebuild;
		}

		/** Waits for the previous batch, then starts writing this one. */
		void write(List<IndexedRecord> batch) {
			finish();
			this.pending = this.writer.submit(() -> {
				this.rebuild.index(batch);
				this.documents.addAndGet(batch.size());
			});
		}

		/** Waits for the batch being written; rethrows its failure. */
		void finish() {
			Future<?> last = this.pending;
			this.pending = null;
			if (last == null) {
				return;
			}
			try {
				last.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SearchUnavailableException("Interrupted while rebuilding the search index", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException("Rebuilding the search index failed: " + ex.getCause(), ex.getCause());
			}
		}

		@Override
		public void close() {
			this.writer.shutdown();
			try {
				this.writer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
