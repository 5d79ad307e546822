package org.consentregistry.registry.control.web;

import java.time.Instant;
import java.util.List;

import org.consentregistry.registry.control.ControlChecks;
import org.consentregistry.registry.control.ControlProperties;
import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a check: whether it passed, each method tried, and the claim after it.
 *
 * @param result passed or failed
 * @param check the recorded check
 * @param attempts each method tried, in order, with the problem that made it fail
 * @param claim the claim, with the check recorded
 */
record CheckResultJson(String result, ClaimJson.CheckJson check, List<AttemptJson> attempts, ClaimJson claim) {

	static CheckResultJson of(ControlChecks.Result result, ControlProperties settings, Instant now) {
		return new CheckResultJson(result.check().passed() ? "passed" : "failed",
				ClaimJson.CheckJson.of(result.check()), result.attempts().stream().map(AttemptJson::of).toList(),
				ClaimJson.of(result.claim(), settings, now));
	}

	/**
	 * One method tried.
	 *
	 * @param method dns, http or meta
	 * @param result passed or failed
	 * @param problem why it failed: a documented problem type, its title and a detail
	 */
	record AttemptJson(String method, String result, @Nullable ProblemJson problem, String detail) {

		static AttemptJson of(ControlChecks.Attempt attempt) {
			Problem problem = attempt.problem();
			return new AttemptJson(attempt.method().token(), (problem == null) ? "passed" : "failed",
					(problem != null) ? new ProblemJson(problem.type().toString(), problem.title()) : null,
					attempt.detail());
		}

	}

	/**
	 * A problem type.
	 *
	 * @param type the stable type URI
	 * @param title its summary
	 */
	record ProblemJson(String type, String title) {
	}

}
