package org.consentregistry.registry.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.consentregistry.registry.consent.ConsentRecorded;
import org.jspecify.annotations.Nullable;

/**
 * The records this registry accepted since it started, kept in memory (their entry and
 * graph, as {@link ConsentRecorded} hands them over) until the search index covers them,
 * so that the indexer builds their documents from the accepted record instead of reading
 * it back from the store. The journal stays the outbox and the store the source of truth:
 * an entry not kept here is read from the store, as every entry was before. That is an
 * entry recorded before startup, an update or a withdrawal (they change the status of
 * other versions, which only the store has), one dropped because more than
 * {@code capacity} waited (the index was down), and one whose event has not come within
 * {@code grace} of the indexer asking for it (events are published after the entry is
 * durable, by the submitting thread, so they may come late or out of order).
 */
final class RecentRecords {

	private final ConcurrentSkipListMap<Long, ConsentRecorded> recent = new ConcurrentSkipListMap<>();

	private final long firstLive;

	private final int capacity;

	private final long graceNanos;

	/** Entries below this were dropped, or come before the first live one. */
	private volatile long droppedBelow;

	/** The entry the indexer is waiting for, and since when. */
	private long missing = -1;

	private long missingSince;

	/**
	 * Records kept from journal entry {@code firstLive} (the journal's size at startup)
	 * on.
	 */
	RecentRecords(long firstLive, int capacity, Duration grace) {
		this.firstLive = firstLive;
		this.droppedBelow = firstLive;
		this.capacity = capacity;
		this.graceNanos = grace.toNanos();
	}

	/** Keeps a recorded entry until the index covers it; drops the oldest if full. */
	void add(ConsentRecorded event) {
		Long index = event.entry().logIndex();
		if (index == null || index < this.firstLive) {
			return;
		}
		this.recent.put(index, event);
		while (!this.recent.isEmpty() && this.recent.lastKey() - this.recent.firstKey() >= this.capacity) {
			Map.Entry<Long, ConsentRecorded> oldest = this.recent.pollFirstEntry();
			if (oldest != null) {
				this.droppedBelow = Math.max(this.droppedBelow, oldest.getKey() + 1);
			}
		}
	}

	/**
	 * What to index next of journal entries {@code position} to {@code to} (exclusive):
	 * the longest run from {@code position} kept here, else the run of entries to read
	 * from the store, else nothing yet (the entry at {@code position} may still come).
	 */
	Next next(long position, long to) {
		this.recent.headMap(position).clear();
		List<ConsentRecorded> kept = new ArrayList<>();
		long end = position;
		while (end < to && fromMemory(this.recent.get(end))) {
			kept.add(this.recent.get(end));
			end++;
		}
		if (end > position) {
			return new Next(kept, end);
		}
		if (!mustRead(position)) {
			return new Next(List.of(), position);
		}
		end = position + 1;
		while (end < to && !fromMemory(this.recent.get(end))) {
			end++;
		}
		return new Next(List.of(), end);
	}

	/** How long the indexer should wait for the event it is missing, if it is. */
	Duration grace() {
		return Duration.ofNanos(this.graceNanos);
	}

	private boolean mustRead(long position) {
		if (this.recent.containsKey(position) || position < this.droppedBelow) {
			return true;
		}
		long now = System.nanoTime();
		if (this.missing != position) {
			this.missing = position;
			this.missingSince = now;
		}
		return now - this.missingSince >= this.graceNanos;
	}

	private static boolean fromMemory(@Nullable ConsentRecorded event) {
		return event != null && event.graph() != null && event.entry().replaces() == null
				&& !event.entry().isWithdrawal();
	}

	/**
	 * The next entries to index.
	 *
	 * @param kept the recorded entries to index from memory, in journal order; empty if
	 * the entries up to {@code end} are to be read from the store
	 * @param end the journal index after the last entry to index; the position itself if
	 * there is nothing to index yet
	 */
	record Next(List<ConsentRecorded> kept, long end) {
	}

}
