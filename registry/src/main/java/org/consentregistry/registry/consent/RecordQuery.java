package org.consentregistry.registry.consent;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * Which records to list, and which page of them.
 *
 * @param issuer only records of this issuer DID, or {@code null} for any
 * @param work only records about this work IRI, or {@code null} for any
 * @param limit the page size
 * @param offset how many records to skip
 */
public record RecordQuery(@Nullable String issuer, @Nullable String work, int limit, int offset) {

	Node issuerNode() {
		return (this.issuer != null) ? NodeFactory.createURI(this.issuer) : Node.ANY;
	}

	boolean matches(RecordEntry entry) {
		return (this.issuer == null || this.issuer.equals(entry.issuer()))
				&& (this.work == null || this.work.equals(entry.work()));
	}

}
