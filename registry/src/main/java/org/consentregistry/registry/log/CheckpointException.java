package org.consentregistry.registry.log;

/**
 * The log refused to sign a checkpoint: the tree is not consistent with the last signed
 * checkpoint, signing was stopped after such a failure, or the checkpoint could not be
 * stored.
 */
public class CheckpointException extends Exception {

	private static final long serialVersionUID = 1L;

	public CheckpointException(String message) {
		super(message);
	}

	public CheckpointException(String message, Throwable cause) {
		super(message, cause);
	}

}
