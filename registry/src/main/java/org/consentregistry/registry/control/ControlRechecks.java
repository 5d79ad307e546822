package org.consentregistry.registry.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps verifications fresh: every {@code registry.control.recheck-every}, re-checks each
 * claim that is verified now but has less than {@code recheck-when-remaining} of its
 * validity left (a failed re-check is retried after {@code recheck-retry}; if none
 * passes, the verification ends when it expires), announces each verification that
 * expired since the last run (a {@link ControlChanged} event, so that the search index's
 * verified flag follows within {@code recheck-every}; the first run after a start also
 * covers the validity period before it), and removes claims that never passed and are
 * older than {@code pending-ttl}.
 */
@Component
class ControlRechecks {

	private static final Logger logger = LoggerFactory.getLogger(ControlRechecks.class);

	private final ControlClaims claims;

	private final ControlChecks checks;

	private final ControlProperties settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** Expiries up to this instant have been announced. */
	private Instant announcedUntil;

	ControlRechecks(ControlClaims claims, ControlChecks checks, ControlProperties settings, Clock clock,
			ApplicationEventPublisher events) {
		this.claims = claims;
		this.checks = checks;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.announcedUntil = clock.instant().minus(settings.validity());
	}

	@Scheduled(initialDelayString = "${registry.control.recheck-every:1h}",
			fixedDelayString = "${registry.control.recheck-every:1h}")
	void run() {
		try {
			int rechecked = recheckDue();
			int expired = announceExpired();
			int removed = this.claims.removeStalePending();
			if (rechecked + expired + removed > 0) {
				logger.info("Control: {} claims re-checked, {} verifications expired, {} stale pending claims removed",
						rechecked, expired, removed);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Control re-checks failed; they run again in {}", this.settings.recheckEvery(), ex);
		}
	}

	/** Re-checks every claim that is due; answers how many. */
	int recheckDue() {
		Instant now = this.clock.instant();
		int count = 0;
		for (ControlClaim claim : this.claims.all(null)) {
			if (isDue(claim, now)) {
				ControlChecks.Result result = this.checks.check(claim, null);
				logger.info("Control re-check of {} for {}: {}", claim.identifier(), claim.issuer(),
						result.check().passed() ? "passed" : result.check().detail());
				count++;
			}
		}
		return count;
	}

	/**
	 * Publishes a {@link ControlChanged} for every claim whose verification ended since
	 * the previous call; answers how many.
	 */
	synchronized int announceExpired() {
		Instant now = this.clock.instant();
		Instant since = this.announcedUntil;
		int count = 0;
		for (ControlClaim claim : this.claims.all(null)) {
			boolean ended = claim.verified()
				.stream()
				.anyMatch((interval) -> interval.until().isAfter(since) && !interval.until().isAfter(now));
			if (ended && claim.verifiedUntil(now).isEmpty()) {
				this.events.publishEvent(new ControlChanged(claim.id()));
				count++;
			}
		}
		this.announcedUntil = now;
		return count;
	}

	boolean isDue(ControlClaim claim, Instant now) {
		Instant until = claim.verifiedUntil(now).orElse(null);
		if (until == null) {
			return false;
		}
		long threshold = (long) (this.settings.validity().toMillis() * this.settings.recheckWhenRemaining());
		if (Duration.between(now, until).toMillis() >= threshold) {
			return false;
		}
		ControlCheck last = claim.lastCheck().orElseThrow();
		return last.passed() || !now.isBefore(last.checkedAt().plus(this.settings.recheckRetry()));
	}

}
