package org.consentregistry.registry.bulkcheck;

import org.consentregistry.blocker.policy.Answer;

/** What a bulk check has answered so far, for its summary line. */
final class Counts {

	private long lines;

	private long errors;

	private final long[] answers = new long[Answer.values().length];

	void line() {
		this.lines++;
	}

	void error() {
		this.errors++;
	}

	void answer(Answer answer) {
		this.answers[answer.ordinal()]++;
	}

	/** Adds what {@code other} counted. */
	void add(Counts other) {
		this.lines += other.lines;
		this.errors += other.errors;
		for (int i = 0; i < this.answers.length; i++) {
			this.answers[i] += other.answers[i];
		}
	}

	void clear() {
		this.lines = 0;
		this.errors = 0;
		java.util.Arrays.fill(this.answers, 0);
	}

	/** Lines read, blank ones included. */
	long lines() {
		return this.lines;
	}

	long errors() {
		return this.errors;
	}

	long answers() {
		return allowed() + refused() + unknown();
	}

	long allowed() {
		return this.answers[Answer.ALLOWED.ordinal()];
	}

	long refused() {
		return this.answers[Answer.REFUSED.ordinal()];
	}

	long unknown() {
		return this.answers[Answer.UNKNOWN.ordinal()];
	}

}
