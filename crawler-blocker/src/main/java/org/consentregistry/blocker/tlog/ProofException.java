package org.consentregistry.blocker.tlog;

/**
 * An inclusion or consistency proof did not verify; the message states what was expected
 * and what was found.
 */
public class ProofException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProofException(String message) {
		super(message);
	}

}
