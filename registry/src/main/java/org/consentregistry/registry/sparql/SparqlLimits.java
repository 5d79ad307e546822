package org.consentregistry.registry.sparql;

import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * The refusals of a query that breaks a limit of {@link SparqlProperties}.
 */
final class SparqlLimits {

	private SparqlLimits() {
	}

	static ProblemException timedOut(SparqlProperties limits) {
		return new ProblemException(Problem.SPARQL_TIMEOUT,
				"Expected the query to finish within " + limits.timeout().toMillis()
						+ " ms but it ran longer and was cancelled; "
						+ "narrow its patterns (bind a subject or a graph) or add LIMIT")
			.with("timeoutMillis", limits.timeout().toMillis());
	}

	static ProblemException tooMany(SparqlProperties limits, String what) {
		return new ProblemException(Problem.SPARQL_TOO_MANY_RESULTS,
				"Expected an answer of at most " + limits.maxResults() + " " + what
						+ " but it has more; add LIMIT (and OFFSET to page) or narrow " + "the query")
			.with("maxResults", limits.maxResults());
	}

	static ProblemException busy(SparqlProperties limits) {
		ProblemException busy = new ProblemException(Problem.SPARQL_BUSY,
				"Expected a free query slot within " + limits.queueWait().toMillis() + " ms but all "
						+ limits.maxConcurrent() + " stayed busy; retry later")
			.with("maxConcurrent", limits.maxConcurrent());
		busy.getHeaders().set("Retry-After", Long.toString(Math.max(1, limits.timeout().toSeconds())));
		return busy;
	}

}
