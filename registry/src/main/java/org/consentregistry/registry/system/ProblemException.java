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

	/**
	 * A 400 {@link Problem#INVALID_PARAMETER} naming the parameter, what it should be and
	 * what it is (cut to 200 characters).
	 */
	public static ProblemException invalidParameter(String name, String expected, String actual) {
		String shown = (actual.length() > 200) ? actual.substring(0, 200) + "…" : actual;
		return new ProblemException(Problem.INVALID_PARAMETER,
				"Expected '" + name + "' to be " + expected + " but it is '" + shown + "'")
			.with("parameter", name);
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
