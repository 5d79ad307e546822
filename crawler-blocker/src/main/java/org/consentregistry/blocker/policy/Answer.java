package org.consentregistry.blocker.policy;

import java.util.Locale;

/** The outcome of a decision. */
public enum Answer {

	/** A verified permission applies and no refusal does. */
	ALLOWED,

	/** At least one applicable refusal. */
	REFUSED,

	/** Nothing decisive: the co-op's configured default applies. */
	UNKNOWN;

	/** The lower-case wire form, e.g. {@code refused}. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
