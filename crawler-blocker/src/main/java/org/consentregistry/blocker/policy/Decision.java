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

	public Decision {
		evidence = List.copyOf(evidence);
	}

}
