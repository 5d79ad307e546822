package org.consentregistry.registry.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * How many journal entries the TDB2 store holds, written in the transaction that applies
 * them, so that after a crash exactly the missing entries are applied again.
 */
final class AppliedSize {

	static final Node GRAPH = NodeFactory.createURI("urn:consent-registry:ingest");

	private static final Node PROPERTY = NodeFactory.createURI("urn:consent-registry:appliedJournalSize");

	private final Dataset dataset;

	AppliedSize(Dataset dataset) {
		this.dataset = dataset;
	}

	/** Reads the size in a read transaction of its own. */
	long read() {
		return Txn.calculateRead(this.dataset, () -> {
			var found = this.dataset.asDatasetGraph().find(GRAPH, GRAPH, PROPERTY, Node.ANY);
			try {
				return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0L;
			}
			finally {
				org.apache.jena.atlas.iterator.Iter.close(found);
			}
		});
	}

	/** Writes the size; the caller holds the write transaction. */
	void write(long size) {
		this.dataset.asDatasetGraph().deleteAny(GRAPH, GRAPH, PROPERTY, Node.ANY);
		this.dataset.asDatasetGraph()
			.add(new Quad(GRAPH, GRAPH, PROPERTY,
					NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDlong)));
	}

}
