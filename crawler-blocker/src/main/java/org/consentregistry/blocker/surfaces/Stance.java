package org.consentregistry.blocker.surfaces;

/**
 * What the terms say about one purpose on one path of a site, for the public at large (a
 * crawler that has no agreement with the creator).
 */
public enum Stance {

	/** An applicable prohibition: refusal wins. */
	REFUSED,

	/**
	 * Allowed only on conditions (a named co-op, commercial or not, a date, credit or
	 * payment): not unconditionally allowed, so published as refused.
	 */
	CONDITIONAL,

	/** Only permissions whose issuer has not proven control: they count as none. */
	UNVERIFIED,

	/** Nothing applicable: no signal is published. */
	UNSTATED,

	/** A permission without conditions from a verified issuer, and no refusal. */
	ALLOWED;

	/** Whether a public signal must say no. */
	public boolean refuses() {
		return this == REFUSED || this == CONDITIONAL;
	}

}
