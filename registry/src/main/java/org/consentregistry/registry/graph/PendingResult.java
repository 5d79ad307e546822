package org.consentregistry.registry.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;

/**
 * A result that a worker thread holds until it may hand it to the waiting caller (once
 * the write is durable or committed).
 *
 * @param <T> the result type
 */
abstract class PendingResult<T> {

	private final CompletableFuture<T> future = new CompletableFuture<>();

	private @Nullable T held;

	/** Keeps the result until {@link #acknowledge()}. */
	final void hold(@Nullable T value) {
		this.held = value;
	}

	/** Hands the held result to the caller. */
	final void acknowledge() {
		this.future.complete(this.held);
	}

	/** Throws {@code failure} to the caller. */
	final void fail(Throwable failure) {
		this.future.completeExceptionally(failure);
	}

	/** Waits for the result; rethrows what the worker failed with. */
	final T await() {
		try {
			return this.future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a write", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
