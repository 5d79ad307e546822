package org.consentregistry.blocker.snapshot;

/**
 * A snapshot that must not be used: its manifest is malformed or wrongly signed, a file
 * is missing or differs from the manifest, or it does not follow on from the snapshot it
 * is applied to. The message is one line stating what was expected and what was found.
 */
public class SnapshotVerificationException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public SnapshotVerificationException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public SnapshotVerificationException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a snapshot was refused. */
	public enum Reason {

		/**
		 * The manifest is not valid JSON of the documented shape, or a data file is
		 * malformed.
		 */
		MALFORMED,

		/** The manifest's signature is missing, malformed or not from a trusted key. */
		SIGNATURE,

		/** A data file is missing, or its size or SHA-256 differs from the manifest's. */
		FILE,

		/** An incremental snapshot's base is not the snapshot it is applied to. */
		BASE

	}

}
