package org.consentregistry.registry.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.consentregistry.blocker.policy.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * An issuer's claim to control a domain or URL prefix, with the token issued for it and
 * every check so far, oldest first. Control is verified during the union of the intervals
 * {@code [checkedAt, expires)} of its passed checks.
 *
 * @param id the claim's id
 * @param issuer the issuer's DID
 * @param identifier the domain or URL prefix claimed, normalised
 * @param token the random token the registry issued
 * @param claimedAt when the claim was made
 * @param checks its checks, oldest first
 */
public record ControlClaim(UUID id, String issuer, Identifier identifier, String token, Instant claimedAt,
		List<ControlCheck> checks) {

	public ControlClaim {
		List<ControlCheck> sorted = new ArrayList<>(checks);
		sorted.sort(Comparator.comparing(ControlCheck::checkedAt));
		checks = List.copyOf(sorted);
	}

	/** Where a claim stands. */
	public enum Status {

		/** No check has passed yet. */
		PENDING,

		/** A passed check verifies control now. */
		VERIFIED,

		/** Control was verified once, but its verification has expired. */
		EXPIRED;

		/** The lower-case wire form. */
		public String token() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * An interval during which control was verified.
	 *
	 * @param from the first passed check
	 * @param until when the last passed check of the interval expired (or expires)
	 */
	public record Interval(Instant from, Instant until) {

		/** Whether {@code at} falls inside. */
		public boolean contains(Instant at) {
			return !at.isBefore(this.from) && at.isBefore(this.until);
		}

	}

	/** The value to publish: the token bound to the issuer. */
	public String keyAuthorization() {
		return KeyAuthorization.of(this.token, this.issuer);
	}

	/** The intervals of verified control, merged, oldest first. */
	public List<Interval> verified() {
		List<Interval> intervals = new ArrayList<>();
		for (ControlCheck check : this.checks) {
			Instant expires = check.expires();
			if (!check.passed() || expires == null) {
				continue;
			}
			Interval last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
			if (last != null && !check.checkedAt().isAfter(last.until())) {
				intervals.set(intervals.size() - 1,
						new Interval(last.from(), expires.isAfter(last.until()) ? expires : last.until()));
			}
			else {
				intervals.add(new Interval(check.checkedAt(), expires));
			}
		}
		return intervals;
	}

	/**
	 * The end of the verification that covers {@code at}, if control was verified then.
	 */
	public Optional<Instant> verifiedUntil(Instant at) {
		return verified().stream().filter((interval) -> interval.contains(at)).map(Interval::until).findFirst();
	}

	public Status status(Instant now) {
		if (verifiedUntil(now).isPresent()) {
			return Status.VERIFIED;
		}
		return this.checks.stream().anyMatch(ControlCheck::passed) ? Status.EXPIRED : Status.PENDING;
	}

	public Optional<ControlCheck> lastCheck() {
		return this.checks.isEmpty() ? Optional.empty() : Optional.of(this.checks.get(this.checks.size() - 1));
	}

	/** The method of the latest passed check, if any. */
	@Nullable ControlMethod lastPassedMethod() {
		for (int i = this.checks.size() - 1; i >= 0; i--) {
			if (this.checks.get(i).passed()) {
				return this.checks.get(i).method();
			}
		}
		return null;
	}

}
