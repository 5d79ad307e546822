package org.consentregistry.registry.consent;

import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;

/**
 * A credential was recorded (a new record, an update or a withdrawal); published once it
 * is durable.
 *
 * @param entry the new record
 * @param engineVersions the decision engine's view of the versions the write changed (the
 * new record unless it is a withdrawal, and the version it replaced); empty if not known,
 * in which case listeners read them from the store
 */
public record ConsentRecorded(RecordEntry entry, List<ConsentRecord> engineVersions) {

	/** An event without the engine's view of the versions. */
	public ConsentRecorded(RecordEntry entry) {
		this(entry, List.of());
	}

}
