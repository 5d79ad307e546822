package org.consentregistry.registry.consent;

import org.apache.jena.graph.Graph;

/**
 * A record's credential read from its journal entry rather than from the store.
 *
 * @param graph its triples without the proof, parsed again from the canonical N-Quads it
 * was recorded from: the same triples as the record's graph in the store, with blank
 * nodes of their own
 * @param original the bytes it was submitted as, verbatim
 */
public record JournaledCredential(Graph graph, byte[] original) {
}
