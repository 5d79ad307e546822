package org.consentregistry.registry.control;

import java.time.Instant;

/**
 * At most a number of new claims per minute, for everyone together: a fixed window,
 * enough to keep anonymous claims from flooding the store.
 */
final class ClaimRate {

	private final int perMinute;

	private long window = Long.MIN_VALUE;

	private int count;

	ClaimRate(int perMinute) {
		this.perMinute = perMinute;
	}

	synchronized boolean tryAcquire(Instant now) {
		long minute = now.getEpochSecond() / 60;
		if (minute != this.window) {
			this.window = minute;
			this.count = 0;
		}
		if (this.count >= this.perMinute) {
			return false;
		}
		this.count++;
		return true;
	}

}
