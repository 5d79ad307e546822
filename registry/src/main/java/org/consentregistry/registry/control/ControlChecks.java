package org.consentregistry.registry.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks claims: on demand (at most once per minimum interval per claim, a few at a time)
 * and for re-checks. Tries each method that can prove the claim, the one that passed last
 * time first, and records the outcome: a passed check verifies control for the configured
 * validity.
 */
@Component
public class ControlChecks {

	private static final int CONCURRENT_CHECKS = 4;

	private final ControlClaims claims;

	private final ControlProbes probes;

	private final ControlProperties settings;

	private final Clock clock;

	private final Semaphore running = new Semaphore(CONCURRENT_CHECKS);

	ControlChecks(ControlClaims claims, ControlProbes probes, ControlProperties settings, Clock clock) {
		this.claims = claims;
		this.probes = probes;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * One method's attempt.
	 *
	 * @param method the method tried
	 * @param problem why it failed, or {@code null} if it passed
	 * @param detail what was found, or expected and found instead
	 */
	public record Attempt(ControlMethod method, @Nullable Problem problem, String detail) {
	}

	/**
	 * A check and its outcome.
	 *
	 * @param claim the claim, with the check recorded
	 * @param check the recorded check
	 * @param attempts each method tried, in order
	 */
	public record Result(ControlClaim claim, ControlCheck check, List<Attempt> attempts) {
	}

	/**
	 * Checks claim {@code id} now, by {@code only} or every method that can prove it.
	 * @throws ProblemException {@code unknown-claim}, {@code check-too-soon}, or
	 * {@code invalid-parameter} if {@code only} cannot prove the claim
	 */
	public Result checkNow(UUID id, @Nullable ControlMethod only) {
		ControlClaim claim = this.claims.find(id).orElseThrow(() -> ControlClaims.unknown(id));
		if (only != null && !only.proves(claim.identifier())) {
			throw new ProblemException(Problem.INVALID_PARAMETER, "Expected a method that can prove "
					+ claim.identifier() + " (" + methods(claim) + ") but got '" + only.token() + "'")
				.with("parameter", "method");
		}
		Instant now = this.clock.instant();
		Instant allowed = claim.lastCheck()
			.map((check) -> check.checkedAt().plus(this.settings.minCheckInterval()))
			.orElse(now);
		if (now.isBefore(allowed) || !this.running.tryAcquire()) {
			long seconds = Math.max(1, Duration.between(now, allowed).toSeconds());
			throw new ProblemException(Problem.CHECK_TOO_SOON,
					"Expected at least " + this.settings.minCheckInterval()
							+ " between checks of a claim and few checks at a time; try again in " + seconds + " s")
				.with("retryAfterSeconds", seconds);
		}
		try {
			return check(claim, only);
		}
		finally {
			this.running.release();
		}
	}

	/** Checks {@code claim} now, without the on-demand limits. */
	Result check(ControlClaim claim, @Nullable ControlMethod only) {
		if (order(claim, only).isEmpty()) {
			throw new ProblemException(Problem.INVALID_PARAMETER,
					"Expected a claim that some method can prove but no method proves " + claim.identifier());
		}
		List<Attempt> attempts = new ArrayList<>();
		for (ControlMethod method : order(claim, only)) {
			try {
				attempts.add(new Attempt(method, null, this.probes.probe(claim, method)));
				break;
			}
			catch (ControlCheckException ex) {
				attempts.add(new Attempt(method, ex.problem(), String.valueOf(ex.getMessage())));
			}
		}
		Attempt last = attempts.get(attempts.size() - 1);
		Instant now = this.clock.instant();
		ControlCheck check = (last.problem() == null)
				? new ControlCheck(now, true, last.method(), now.plus(this.settings.validity()), last.detail())
				: new ControlCheck(now, false, null, null,
						attempts.stream()
							.map((a) -> a.method().token() + ": " + a.problem().slug() + " (" + a.detail() + ")")
							.collect(Collectors.joining("; ")));
		return new Result(this.claims.addCheck(claim.id(), check), check, attempts);
	}

	private static List<ControlMethod> order(ControlClaim claim, @Nullable ControlMethod only) {
		if (only != null) {
			return List.of(only);
		}
		List<ControlMethod> order = new ArrayList<>();
		ControlMethod last = claim.lastPassedMethod();
		if (last != null && last.proves(claim.identifier())) {
			order.add(last);
		}
		for (ControlMethod method : ControlMethod.values()) {
			if (method != last && method.proves(claim.identifier())) {
				order.add(method);
			}
		}
		return order;
	}

	private static String methods(ControlClaim claim) {
		return order(claim, null).stream().map(ControlMethod::token).collect(Collectors.joining(", "));
	}

}
