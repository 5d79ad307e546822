package org.consentregistry.registry.consent.web;

import org.consentregistry.registry.control.Conflict;
import org.consentregistry.registry.control.RecordControl;

/**
 * One identifier of a record and its issuer's control of it, in plain words, for the
 * record page.
 *
 * @param identifier the identifier described
 * @param status whether and until when the issuer's control is verified
 */
record ControlRows(String identifier, String status) {

	static ControlRows of(RecordControl.IdentifierControl control) {
		return new ControlRows(RecordPageController.describe(control.identifier()),
				control.verified() ? "control verified until " + control.verifiedUntil()
						: "control not verified (permissions for it do not count)");
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
			return new ConflictRow(conflict.record(), conflict.issuer(),
					RecordPageController.describe(conflict.claims()),
					conflict.controlVerified() ? "control verified" : "control not verified");
		}

	}

}
