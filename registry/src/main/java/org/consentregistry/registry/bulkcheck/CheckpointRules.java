package org.consentregistry.registry.bulkcheck;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.registry.log.SignedCheckpoint;

/**
 * The compiled rules over exactly the records of one signed checkpoint.
 *
 * @param rules the rules
 * @param checkpoint the checkpoint: the rules hold every record whose log index is below
 * its size, and no other
 */
record CheckpointRules(CompiledRules rules, SignedCheckpoint checkpoint) {

	long size() {
		return this.checkpoint.size();
	}

}
