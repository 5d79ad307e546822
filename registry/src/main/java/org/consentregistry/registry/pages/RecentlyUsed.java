package org.consentregistry.registry.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of the most recently used keys, at most a fixed number: a value is read once
 * and kept until that many other keys were used since it was last asked for. Safe for
 * concurrent use; two threads missing the same key at once may both read it.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class RecentlyUsed<K, V> {

	private final int capacity;

	private final Map<K, V> kept;

	RecentlyUsed(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("Expected a capacity of at least 1 but got " + capacity);
		}
		this.capacity = capacity;
		this.kept = new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > RecentlyUsed.this.capacity;
			}

		};
	}

	/** The value kept for {@code key}, or the one {@code read} returns, then kept. */
	V get(K key, Function<K, V> read) {
		V value;
		synchronized (this.kept) {
			value = this.kept.get(key);
		}
		if (value == null) {
			value = read.apply(key);
			synchronized (this.kept) {
				this.kept.put(key, value);
			}
		}
		return value;
	}

	/** Keeps {@code value} for {@code key}, as if it had just been read. */
	void put(K key, V value) {
		synchronized (this.kept) {
			this.kept.put(key, value);
		}
	}

	/** How many values are kept. */
	int size() {
		synchronized (this.kept) {
			return this.kept.size();
		}
	}

}
