package org.consentregistry.registry.log;

import org.consentregistry.blocker.tlog.Checkpoint;

/**
 * A checkpoint and the signed note that carries it.
 *
 * @param checkpoint the checkpoint body
 * @param note the signed note in its wire format
 */
public record SignedCheckpoint(Checkpoint checkpoint, String note) {

	/** The tree size the checkpoint commits to. */
	public long size() {
		return this.checkpoint.size();
	}

}
