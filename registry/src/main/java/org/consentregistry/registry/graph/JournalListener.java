package org.consentregistry.registry.graph;

/**
 * Told about journal entries as they are appended and made durable (for instance to
 * extend a Merkle tree over them). Called on the ingest thread, in order; must be quick
 * and must not write to the dataset.
 */
public interface JournalListener {

	/** Entry {@code index} was appended (not yet durable). */
	default void appended(long index, byte[] entry) {
	}

	/** Every entry below {@code size} is durable. */
	default void durable(long size) {
	}

}
