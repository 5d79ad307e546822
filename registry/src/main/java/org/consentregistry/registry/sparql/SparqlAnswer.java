package org.consentregistry.registry.sparql;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The complete answer to a query, held in memory (at most
 * {@link SparqlProperties#maxResults()} rows or triples) so that the read transaction
 * ends before the response is written.
 */
sealed interface SparqlAnswer {

	/** The solutions of a SELECT query. */
	record Rows(List<Var> vars, List<Binding> rows) implements SparqlAnswer {
	}

	/** The answer to an ASK query. */
	record Bool(boolean value) implements SparqlAnswer {
	}

	/** The graph built by a CONSTRUCT or DESCRIBE query. */
	record Triples(Graph graph) implements SparqlAnswer {
	}

}
