package org.consentregistry.registry.bulkcheck;

import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One parsed bulk-check line, reused from line to line: the identifier asked about, the
 * span of the raw {@code id} value to echo, or why the line was refused.
 */
final class Item {

	/** {@code url} or {@code sha256}; {@code null} until one was read. */
	@Nullable String member;

	/** The identifier's value as sent (the string, unescaped). */
	@Nullable String value;

	/** Where the raw JSON of {@code id} starts in the line's buffer, or -1 if absent. */
	int idStart = -1;

	/** Where it ends (exclusive). */
	int idEnd = -1;

	/** Why the line was refused, or {@code null}. */
	@Nullable Problem problem;

	/** The refusal's detail. */
	@Nullable String detail;

	void reset() {
		this.member = null;
		this.value = null;
		this.idStart = -1;
		this.idEnd = -1;
		this.problem = null;
		this.detail = null;
	}

	boolean hasId() {
		return this.idStart >= 0;
	}

	boolean isSha256() {
		return "sha256".equals(this.member);
	}

	/** Marks the line refused; always {@code false}, for returning. */
	boolean refuse(Problem problem, String detail) {
		this.problem = problem;
		this.detail = detail;
		return false;
	}

}
