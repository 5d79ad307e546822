package org.consentregistry.registry.control;

import org.consentregistry.blocker.policy.Identifier;

/**
 * Another issuer's current record that claims an identifier overlapping one of a
 * record's.
 *
 * @param identifier the record's own identifier that is overlapped
 * @param record the other record's IRI
 * @param issuer the other record's issuer
 * @param claims the other record's identifier
 * @param controlVerified whether the other issuer's control of {@code claims} is verified
 * now
 */
public record Conflict(Identifier identifier, String record, String issuer, Identifier claims,
		boolean controlVerified) {
}
