package org.consentregistry.registry.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns "as of a time" and "as of a log size" into an {@link AsOf}. Journal entry
 * {@code i} is log leaf {@code i}, and its received time strictly increases with
 * {@code i} (see {@link ConsentRecords}), so log size {@code N} stands for the received
 * time of entry {@code N-1} (for {@code N = 0}: just before entry 0), and a time stands
 * for the number of entries received at or before it.
 */
@Component
public class LogPoints {

	private final RegistryDataset dataset;

	private final Clock clock;

	LogPoints(RegistryDataset dataset, Clock clock) {
		this.dataset = dataset;
		this.clock = clock;
	}

	/**
	 * The point named by the request parameters {@code at} and {@code logSize}, or
	 * {@code null} if neither is given.
	 * @throws ProblemException if both are given, one is malformed, or the log size is
	 * beyond the durable log
	 */
	public @Nullable AsOf parse(@Nullable String at, @Nullable String logSize) {
		if (at != null && logSize != null) {
			throw new ProblemException(Problem.CONFLICTING_POINT_IN_TIME,
					"Expected at most one of 'at' and 'logSize' but got at=" + at + " and logSize=" + logSize);
		}
		if (at != null) {
			return atInstant(instant(at));
		}
		return (logSize != null) ? atSize(size(logSize)) : null;
	}

	/** Now, with the current durable log size. */
	public AsOf now() {
		long size = this.dataset.journalSize();
		return new AsOf(this.clock.instant(), size);
	}

	/**
	 * The registry as it stood when its log had {@code size} entries.
	 * @throws ProblemException if {@code size} is beyond the durable log
	 */
	public AsOf atSize(long size) {
		long durable = this.dataset.journalSize();
		if (size > durable) {
			throw new ProblemException(Problem.LOG_SIZE_BEYOND_LOG,
					"Expected a log size of at most " + durable + " (the durable log) but got " + size)
				.with("logSize", durable);
		}
		if (size == 0) {
			return new AsOf((durable > 0) ? received(0).minusNanos(1) : this.clock.instant(), 0);
		}
		return new AsOf(received(size - 1), size);
	}

	/** The registry as it stood at {@code at}. */
	AsOf atInstant(Instant at) {
		long low = 0;
		long high = this.dataset.journalSize();
		while (low < high) {
			long middle = (low + high) >>> 1;
			if (received(middle).isAfter(at)) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return new AsOf(at, low);
	}

	private Instant received(long index) {
		return JournalEntryCodec.received(this.dataset.journalEntry(index));
	}

	private static Instant instant(String at) {
		try {
			return Instant.parse(at);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalidParameter("at", "an ISO 8601 instant such as 2026-01-01T00:00:00Z", at);
		}
	}

	private static long size(String logSize) {
		try {
			long size = Long.parseLong(logSize.trim());
			if (size >= 0) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ProblemException.invalidParameter("logSize", "a log size, an integer of 0 or more", logSize);
	}

}
