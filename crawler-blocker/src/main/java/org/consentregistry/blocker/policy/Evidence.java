package org.consentregistry.blocker.policy;

/**
 * A record that took part in a decision, and how.
 *
 * @param recordId the record's IRI
 * @param issuer the DID that signed it
 * @param matchedBy the record's identifier that matched
 * @param rule the rule of the record that applied to the question
 * @param controlVerified whether the issuer's control of {@code matchedBy} is verified
 */
public record Evidence(String recordId, String issuer, Identifier matchedBy, Rule rule, boolean controlVerified) {
}
