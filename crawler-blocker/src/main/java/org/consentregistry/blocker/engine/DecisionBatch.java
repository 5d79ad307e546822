package org.consentregistry.blocker.engine;

import java.util.Objects;

import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Queries decided together by {@link CompiledRules#decide(DecisionBatch)}: the same
 * decisions as one {@link CompiledRules#decide(Query)} each, but the memory lookups of
 * the whole batch are made one after the other, so that their cache misses overlap
 * instead of each decision waiting for its own. Holds its scratch space, so that a batch
 * reused for every group of queries allocates nothing for those that match nothing. Not
 * thread-safe: one a thread.
 */
public final class DecisionBatch {

	/** The number of queries a batch holds. */
	public static final int CAPACITY = 64;

	final @Nullable Query[] queries = new Query[CAPACITY];

	final UrlView[] scratch = new UrlView[CAPACITY];

	/** The URL of each query, or {@code null} if it is decided already. */
	final @Nullable UrlView[] urls = new UrlView[CAPACITY];

	final long[] fingerprints = new long[CAPACITY];

	final int[] firsts = new int[CAPACITY];

	final @Nullable Decision[] decisions = new Decision[CAPACITY];

	final @Nullable UrlFormatException[] failures = new UrlFormatException[CAPACITY];

	int size;

	/** A sum of values read ahead of deciding, kept so that the reads happen. */
	long touched;

	/** An empty batch. */
	public DecisionBatch() {
		for (int i = 0; i < CAPACITY; i++) {
			this.scratch[i] = new UrlView();
		}
	}

	/**
	 * Adds a query; its decision is {@link #decision(int)} of index {@link #size()}
	 * before the call.
	 * @throws IllegalStateException if the batch is full
	 */
	public void add(Query query) {
		if (this.size == CAPACITY) {
			throw new IllegalStateException("expected at most " + CAPACITY + " queries in a batch, got more");
		}
		this.queries[this.size++] = query;
	}

	/** The number of queries added since the last {@link #clear()}. */
	public int size() {
		return this.size;
	}

	/** Whether the batch holds {@link #CAPACITY} queries. */
	public boolean full() {
		return this.size == CAPACITY;
	}

	/** Empties the batch for reuse. */
	public void clear() {
		for (int i = 0; i < this.size; i++) {
			this.queries[i] = null;
			this.decisions[i] = null;
			this.failures[i] = null;
			this.urls[i] = null;
		}
		this.size = 0;
	}

	/** Query {@code i}. */
	public Query query(int i) {
		Objects.checkIndex(i, this.size);
		return Objects.requireNonNull(this.queries[i]);
	}

	/**
	 * The decision of query {@code i}, after {@link CompiledRules#decide(DecisionBatch)}.
	 * @throws UrlFormatException as {@link CompiledRules#decide(Query)} threw it for this
	 * query
	 */
	public Decision decision(int i) throws UrlFormatException {
		Objects.checkIndex(i, this.size);
		UrlFormatException failure = this.failures[i];
		if (failure != null) {
			throw failure;
		}
		return Objects.requireNonNull(this.decisions[i], "the batch has not been decided");
	}

}
