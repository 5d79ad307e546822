package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One version of a creator's consent terms for a work, as the decision engine sees it.
 *
 * @param recordId the record's IRI in the registry
 * @param issuer the DID of the creator who signed the terms
 * @param identifiers what the record claims (normalised)
 * @param rules the compiled permissions and prohibitions
 * @param effectiveFrom when the registry accepted this version
 * @param effectiveUntil when a later version or a withdrawal replaced it; {@code null}
 * while it is current
 * @param validFrom the credential's {@code validFrom}, or {@code null}
 * @param validUntil the credential's {@code validUntil}, or {@code null}
 */
public record ConsentRecord(String recordId, String issuer, List<Identifier> identifiers, List<Rule> rules,
		Instant effectiveFrom, @Nullable Instant effectiveUntil, @Nullable Instant validFrom,
		@Nullable Instant validUntil) {

	public ConsentRecord {
		identifiers = List.copyOf(identifiers);
		rules = List.copyOf(rules);
	}

	/** Whether this version was in force at {@code at}. */
	public boolean inForceAt(Instant at) {
		return !at.isBefore(this.effectiveFrom) && (this.effectiveUntil == null || at.isBefore(this.effectiveUntil))
				&& (this.validFrom == null || !at.isBefore(this.validFrom))
				&& (this.validUntil == null || at.isBefore(this.validUntil));
	}

}
