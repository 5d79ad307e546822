package org.consentregistry.blocker.tlog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A bounded, thread-safe memo of the hashes of incomplete subtrees on the right edge of a
 * tree, {@code MTH(D[start:end])}, that {@link ProofBuilder} would otherwise fold from
 * complete subtrees for every proof. In an append-only tree such a hash never changes
 * once the tree has {@code end} leaves; clear the cache when the tree is truncated.
 */
public final class SubtreeCache {

	private final int capacity;

	private final Map<Range, byte[]> hashes = new ConcurrentHashMap<>();

	/** A cache of at most {@code capacity} hashes; emptied when full. */
	public SubtreeCache(int capacity) {
		this.capacity = capacity;
	}

	@Nullable byte[] get(long start, long end) {
		byte[] hash = this.hashes.get(new Range(start, end));
		return (hash != null) ? hash.clone() : null;
	}

	void put(long start, long end, byte[] hash) {
		if (this.hashes.size() >= this.capacity) {
			this.hashes.clear();
		}
		this.hashes.put(new Range(start, end), hash.clone());
	}

	/** Forgets every hash, for a tree that was truncated. */
	public void clear() {
		this.hashes.clear();
	}

	private record Range(long start, long end) {
	}

}
