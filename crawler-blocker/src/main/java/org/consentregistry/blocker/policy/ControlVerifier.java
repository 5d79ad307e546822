package org.consentregistry.blocker.policy;

import java.time.Instant;

/**
 * Tells the decision engine whether an issuer's control of an identifier is verified (for
 * instance by an ACME-style token at a well-known path, in DNS or in a meta tag). Only
 * permissions from verified issuers allow a use; refusals count regardless.
 * Implementations must be thread-safe and fast: they are called during decisions.
 */
@FunctionalInterface
public interface ControlVerifier {

	/**
	 * Whether {@code issuer} has proven control of {@code identifier}.
	 * @param issuer the DID of a record's issuer
	 * @param identifier one of the record's identifiers, normalised
	 * @return whether the control is verified
	 */
	boolean verified(String issuer, Identifier identifier);

	/**
	 * Whether {@code issuer}'s control of {@code identifier} was verified at {@code at}:
	 * what a decision for that instant uses. By default the same as
	 * {@link #verified(String, Identifier)}; implementations that keep verification
	 * intervals answer for the instant.
	 * @param issuer the DID of a record's issuer
	 * @param identifier one of the record's identifiers, normalised
	 * @param at the instant the decision is taken for
	 * @return whether the control was verified then
	 */
	default boolean verified(String issuer, Identifier identifier, Instant at) {
		return verified(issuer, identifier);
	}

	/** A verifier for which nothing is verified: every permission stays unknown. */
	static ControlVerifier none() {
		return (issuer, identifier) -> false;
	}

}
