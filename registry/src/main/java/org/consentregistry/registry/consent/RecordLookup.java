package org.consentregistry.registry.consent;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.jspecify.annotations.Nullable;

/**
 * What the update rules read about recorded records: from the store
 * ({@link RecordMetadata}), or from the store with the records journaled but not applied
 * yet laid over it ({@link PendingRecords}).
 */
interface RecordLookup {

	/** The entry of a record, if the registry holds it. */
	Optional<RecordEntry> entry(Node record);

	/** The SHA-256 of a record's canonical N-Quads, if the registry holds it. */
	@Nullable String canonicalSha256(Node record);

}
