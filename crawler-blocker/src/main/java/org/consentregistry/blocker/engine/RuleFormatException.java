package org.consentregistry.blocker.engine;

/**
 * A compiled-rules data file that cannot be read: wrong magic, unsupported format
 * version, truncated or inconsistent content. The message names the file and states what
 * was expected and what was found.
 */
public class RuleFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public RuleFormatException(String message) {
		super(message);
	}

	public RuleFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
