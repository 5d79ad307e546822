package org.consentregistry.registry.control;

import org.consentregistry.registry.system.Problem;

/**
 * A check of control that did not pass, with the documented {@link Problem} that says why
 * (token not found, forbidden address, unreachable target, ...).
 */
final class ControlCheckException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Problem problem;

	ControlCheckException(Problem problem, String message) {
		super(message);
		this.problem = problem;
	}

	ControlCheckException(Problem problem, String message, Throwable cause) {
		super(message, cause);
		this.problem = problem;
	}

	Problem problem() {
		return this.problem;
	}

}
