package org.consentregistry.blocker.tlog;

/**
 * A receipt was malformed or did not verify; the message states what was expected and
 * what was found.
 */
public class ReceiptException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public ReceiptException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public ReceiptException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** Why the receipt was refused. */
	public Reason reason() {
		return this.reason;
	}

	/** Why a receipt was refused. */
	public enum Reason {

		/**
		 * The receipt's JSON, its checkpoint note or the checkpoint body is malformed.
		 */
		MALFORMED,

		/** The leaf is not included in the checkpoint's tree according to the proof. */
		PROOF,

		/** The checkpoint is not signed by a given key. */
		SIGNATURE,

		/** The leaf does not hold the record it was checked against. */
		LEAF

	}

}
