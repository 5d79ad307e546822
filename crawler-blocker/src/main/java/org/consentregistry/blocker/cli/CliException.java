package org.consentregistry.blocker.cli;

/**
 * A failure a command-line client (crawler-blocker's or the registry's) reports as one
 * line and an exit code.
 */
public final class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public CliException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
