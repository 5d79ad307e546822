package org.consentregistry.blocker.policy;

/** Whether a rule allows (ODRL permission) or refuses (ODRL prohibition) a purpose. */
public enum Effect {

	/** An ODRL permission. */
	PERMIT,

	/** An ODRL prohibition. */
	PROHIBIT

}
