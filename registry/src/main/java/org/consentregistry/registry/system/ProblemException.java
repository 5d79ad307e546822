package org.consentregistry.registry.system;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused with a documented {@link Problem}; rendered as
 * {@code application/problem+json}.
 */
public class ProblemException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	private final Problem problem;

	public ProblemException(Problem problem, String detail) {
		this(problem, detail, null);
	}

	public ProblemException(Problem problem, String detail, @Nullable Throwable cause) {
		super(problem.status(), problemDetail(problem, detail), cause);
		this.problem = problem;
	}

	/** Adds an extension member to the problem body. */
	public ProblemException with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	public Problem problem() {
		return this.problem;
	}

	static ProblemDetail problemDetail(Problem problem, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
		body.setType(problem.type());
		body.setTitle(problem.title());
		return body;
	}

	@Override
	public String getMessage() {
		return this.problem.slug() + ": " + getBody().getDetail();
	}

}
