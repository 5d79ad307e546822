package org.consentregistry.registry.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock for tests that moves {@code step} forward on every reading, from the
 * instant in {@code now} (which the test may read or set).
 */
final class TickingClock extends Clock {

	private final AtomicReference<Instant> now;

	private final Duration step;

	TickingClock(AtomicReference<Instant> now, Duration step) {
		this.now = now;
		this.step = step;
	}

	@Override
	public ZoneOffset getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now.updateAndGet((t) -> t.plus(this.step));
	}

}
