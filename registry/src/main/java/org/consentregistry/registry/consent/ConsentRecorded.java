package org.consentregistry.registry.consent;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.jspecify.annotations.Nullable;

/**
 * A credential was recorded (a new record, an update or a withdrawal); published once it
 * is durable.
 *
 * @param entry the new record
 * @param engineVersions the decision engine's view of the versions the write changed (the
 * new record unless it is a withdrawal, and the version it replaced); empty if not known,
 * in which case listeners read them from the store
 * @param graph the new record's graph (the credential's triples without its proof)
 * exactly as it is written to the store; {@code null} if not known, in which case
 * listeners read it from the store. Read it, never change it: other threads read it too.
 */
public record ConsentRecorded(RecordEntry entry, List<ConsentRecord> engineVersions, @Nullable Graph graph) {

	/** An event without the record's graph. */
	public ConsentRecorded(RecordEntry entry, List<ConsentRecord> engineVersions) {
		this(entry, engineVersions, null);
	}

	/** An event without the engine's view of the versions or the record's graph. */
	public ConsentRecorded(RecordEntry entry) {
		this(entry, List.of(), null);
	}

	/** What the record's graph says about its work, if the event carries the graph. */
	public Optional<WorkDescription> work() {
		Graph recorded = this.graph;
		return (recorded != null) ? Optional.of(ConsentRecordMapper.describe(recorded, this.entry.credential()))
				: Optional.empty();
	}

}
