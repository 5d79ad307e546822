package org.consentregistry.blocker.tlog;

/**
 * A signed note, checkpoint or verifier key was malformed, or its signatures did not
 * verify; the message states what was expected and what was found.
 */
public class NoteException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public NoteException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** Why the note was refused. */
	public Reason reason() {
		return this.reason;
	}

	/** Why a note was refused. */
	public enum Reason {

		/** The note, checkpoint body or key does not follow its C2SP format. */
		MALFORMED,

		/** No signature is by a known key. */
		NO_KNOWN_SIGNATURE,

		/** A signature by a known key does not verify. */
		BAD_SIGNATURE

	}

}
