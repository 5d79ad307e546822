package org.consentregistry.blocker.policy;

import java.util.List;

/**
 * The engine's answer to a {@link Query}.
 *
 * @param answer allowed, refused or unknown
 * @param decidedBy the combining rule that produced the answer, a stable token:
 * {@code refusal-wins}, {@code verified-permission}, {@code unverified-permission},
 * {@code no-applicable-rule} or {@code no-matching-record}
 * @param evidence the records and rules behind the answer, most specific match first
 */
public record Decision(Answer answer, String decidedBy, List<Evidence> evidence) {

	/** {@code decidedBy} when an applicable prohibition refused the use. */
	public static final String REFUSAL_WINS = "refusal-wins";

	/** {@code decidedBy} when a permission from a verified issuer allowed the use. */
	public static final String VERIFIED_PERMISSION = "verified-permission";

	/** {@code decidedBy} when only permissions from unverified issuers applied. */
	public static final String UNVERIFIED_PERMISSION = "unverified-permission";

	/** {@code decidedBy} when records matched but none of their rules applied. */
	public static final String NO_APPLICABLE_RULE = "no-applicable-rule";

	/** {@code decidedBy} when no record in force matched the identifier. */
	public static final String NO_MATCHING_RECORD = "no-matching-record";

	public Decision {
		evidence = List.copyOf(evidence);
	}

}
