package org.consentregistry.registry.pages;

import java.time.Instant;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.control.Conflict;
import org.consentregistry.registry.control.RecordControl;

/**
 * One identifier of a record and its issuer's control of it, in plain words, for the
 * record and work pages.
 *
 * @param identifier the identifier described
 * @param verified whether the issuer's control is verified now
 * @param status whether and until when the issuer's control is verified
 */
record ControlRows(String identifier, boolean verified, String status) {

	static ControlRows of(RecordControl.IdentifierControl control) {
		Instant until = control.verifiedUntil();
		return new ControlRows(describe(control.identifier()), until != null,
				(until != null) ? "control verified until " + ReadableTimes.text(until)
						: "control not verified (permissions for it do not count)");
	}

	/** An identifier in plain words. */
	static String describe(Identifier identifier) {
		if (identifier instanceof Identifier.ExactUrl exact) {
			return "URL " + exact.url();
		}
		if (identifier instanceof Identifier.UrlPrefix prefix) {
			return "Every URL starting with " + prefix.prefix();
		}
		if (identifier instanceof Identifier.Domain domain) {
			return "Domain " + domain.host() + (domain.includeSubdomains() ? " and its subdomains" : "");
		}
		return "File with SHA-256 " + ((Identifier.Sha256) identifier).hex();
	}

	/**
	 * A record of another issuer that claims an overlapping identifier.
	 *
	 * @param record its IRI
	 * @param issuer its issuer
	 * @param claims its identifier, described
	 * @param status whether its issuer's control is verified
	 */
	record ConflictRow(String record, String issuer, String claims, String status) {

		static ConflictRow of(Conflict conflict) {
			return new ConflictRow(conflict.record(), conflict.issuer(), describe(conflict.claims()),
					conflict.controlVerified() ? "control verified" : "control not verified");
		}

	}

}
