package org.consentregistry.blocker.guard;

/** What one signal says about the use asked about. */
public enum Verdict {

	/** The signal refuses the use (or the fetch). */
	REFUSED,

	/** The signal allows the use. */
	ALLOWED,

	/** The signal is present but says nothing about this use. */
	UNSTATED

}
