package org.consentregistry.blocker.policy;

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

	/** A verifier for which nothing is verified: every permission stays unknown. */
	static ControlVerifier none() {
		return (issuer, identifier) -> false;
	}

}
