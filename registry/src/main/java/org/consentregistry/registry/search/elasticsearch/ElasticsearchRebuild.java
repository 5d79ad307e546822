package org.consentregistry.registry.search.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

import org.consentregistry.registry.search.IndexRebuild;
import org.consentregistry.registry.search.IndexedRecord;

/**
 * A rebuild into a new versioned index (refresh off, no replicas, bulk writes with at
 * most {@value #IN_FLIGHT} requests in flight, so the caller reads the next batch from
 * the store while the cluster indexes the last) that {@link #complete(long)} makes live
 * behind the alias once every request was answered.
 */
final class ElasticsearchRebuild implements IndexRebuild {

	static final int IN_FLIGHT = 2;

	private final ElasticsearchSearchIndex index;

	private final String version;

	private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

	private final List<CompletableFuture<Void>> sent = new ArrayList<>();

	private boolean completed;

	ElasticsearchRebuild(ElasticsearchSearchIndex index, String version) {
		this.index = index;
		this.version = version;
	}

	@Override
	public String version() {
		return this.version;
	}

	@Override
	public void index(List<IndexedRecord> records) {
		this.index.calls().exec("write to the rebuilt index " + this.version, () -> {
			awaitFailed();
			try {
				this.sent.add(this.index.bulk().indexAsync(this.version, records, this.inFlight));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("Interrupted while writing to " + this.version);
			}
		});
	}

	@Override
	public void complete(long position) {
		this.index.calls().exec("make the rebuilt index " + this.version + " live", () -> {
			awaitAll();
			this.index.watermarks().advance(this.version, position);
			this.index.versions().swap(this.version);
		});
		this.index.changed();
		this.completed = true;
		this.index.mergeInBackground(this.version);
	}

	@Override
	public void close() {
		if (!this.completed) {
			this.sent.forEach((request) -> request.cancel(false));
			this.index.calls()
				.exec("drop the abandoned index " + this.version, () -> this.index.versions().drop(this.version));
		}
	}

	/** Rethrows the failure of a request already answered, if any. */
	private void awaitFailed() throws java.io.IOException {
		for (CompletableFuture<Void> request : this.sent) {
			if (request.isCompletedExceptionally()) {
				await(request);
			}
		}
		this.sent.removeIf(CompletableFuture::isDone);
	}

	private void awaitAll() throws java.io.IOException {
		for (CompletableFuture<Void> request : this.sent) {
			await(request);
		}
		this.sent.clear();
	}

	private static void await(CompletableFuture<Void> request) throws java.io.IOException {
		try {
			request.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("Interrupted while waiting for bulk requests");
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() instanceof CompletionException wrapped) ? wrapped.getCause()
					: ex.getCause();
			if (cause instanceof java.io.IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new java.io.IOException(cause);
		}
	}

}
