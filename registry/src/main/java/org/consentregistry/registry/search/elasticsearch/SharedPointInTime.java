package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The point in time that first pages of relevance searches are served from, shared by
 * every such search: opened on first use, renewed when it is older than {@code maxAge}
 * and after every write of this registry ({@link #changed()}), so that a first page sees
 * what the registry wrote before it as a search of the live index does, and a search
 * costs no second request to open a point in time of its own. The pages after a first
 * page carry its id in their cursor and keep it alive; nothing closes it, it expires. One
 * thread opens a new one while the others wait for it.
 */
final class SharedPointInTime {

	private final Opener opener;

	private final long maxAgeNanos;

	private final LongSupplier nanoClock;

	private final AtomicLong changes = new AtomicLong();

	private volatile @Nullable Current current;

	/**
	 * @param opener opens a point in time on the live index
	 * @param maxAge how long one serves first pages at most
	 * @param nanoClock the time in nanoseconds ({@link System#nanoTime()})
	 */
	SharedPointInTime(Opener opener, Duration maxAge, LongSupplier nanoClock) {
		this.opener = opener;
		this.maxAgeNanos = maxAge.toNanos();
		this.nanoClock = nanoClock;
	}

	/** The id of the point in time to serve a first page from, opened if due. */
	String id() throws IOException {
		Current shared = this.current;
		if (shared != null && isFresh(shared)) {
			return shared.id();
		}
		synchronized (this) {
			shared = this.current;
			if (shared != null && isFresh(shared)) {
				return shared.id();
			}
			long change = this.changes.get();
			long openedAt = this.nanoClock.getAsLong();
			String id = this.opener.open();
			this.current = new Current(id, openedAt, change);
			return id;
		}
	}

	/**
	 * Tells that the index changed (this registry wrote to it, or a rebuild went live):
	 * the next first page opens a new point in time.
	 */
	void changed() {
		this.changes.incrementAndGet();
	}

	/**
	 * Tells that the point in time {@code id} is gone (expired, or its index was
	 * dropped), so that it is not handed out again.
	 */
	void expired(String id) {
		Current shared = this.current;
		if (shared != null && shared.id().equals(id)) {
			this.current = null;
		}
	}

	private boolean isFresh(Current shared) {
		return shared.change() == this.changes.get()
				&& this.nanoClock.getAsLong() - shared.openedAt() < this.maxAgeNanos;
	}

	private record Current(String id, long openedAt, long change) {
	}

	/** Opens a point in time on the live index. */
	@FunctionalInterface
	interface Opener {

		String open() throws IOException;

	}

}
