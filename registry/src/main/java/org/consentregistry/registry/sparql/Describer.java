package org.consentregistry.registry.sparql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * DESCRIBE, bounded: a resource's description is every triple with it as subject, in any
 * graph of the query's dataset (all graphs unless it names some with FROM or FROM NAMED),
 * plus the same for the blank nodes those triples lead to (their closure, within the
 * graph). Unlike ARQ's own DESCRIBE, which gathers every resource and every description
 * in memory first, this stops as soon as the answer passes {@code maxResults} triples or
 * the query its timeout.
 */
final class Describer {

	private final DatasetGraph dataset;

	private final SparqlProperties limits;

	private final long deadline;

	Describer(DatasetGraph dataset, SparqlProperties limits) {
		this.dataset = dataset;
		this.limits = limits;
		this.deadline = System.nanoTime() + limits.timeout().toNanos();
	}

	SparqlAnswer.Triples describe(Query query) {
		Predicate<Node> inScope = scope(query);
		Graph description = GraphFactory.createDefaultGraph();
		for (Node resource : resources(query)) {
			describe(resource, inScope, description);
		}
		description.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
		return new SparqlAnswer.Triples(description);
	}

	private Set<Node> resources(Query query) {
		Set<Node> resources = new LinkedHashSet<>(query.getResultURIs());
		if (query.getQueryPattern() == null) {
			return resources;
		}
		try (QueryExec exec = SparqlQueries.execution(this.dataset, selectOf(query), this.limits)) {
			RowSet rows = exec.select();
			List<Var> vars = rows.getResultVars();
			while (rows.hasNext()) {
				Binding row = rows.next();
				for (Var var : vars) {
					Node node = row.get(var);
					if (node != null && (node.isURI() || node.isBlank()) && resources.add(node)
							&& resources.size() > this.limits.maxResults()) {
						throw SparqlLimits.tooMany(this.limits, "triples");
					}
				}
			}
		}
		return resources;
	}

	/** The resources to describe as a SELECT DISTINCT over the DESCRIBE's pattern. */
	private static Query selectOf(Query describe) {
		Query select = new Query();
		select.setQuerySelectType();
		select.setPrefixMapping(describe.getPrefixMapping());
		describe.getGraphURIs().forEach(select::addGraphURI);
		describe.getNamedGraphURIs().forEach(select::addNamedGraphURI);
		select.setQueryPattern(describe.getQueryPattern());
		if (describe.isQueryResultStar()) {
			select.setQueryResultStar(true);
		}
		else {
			describe.getProjectVars().forEach(select::addResultVar);
		}
		if (describe.hasGroupBy()) {
			describe.getGroupBy().forEachVarExpr(select::addGroupBy);
		}
		if (describe.hasHaving()) {
			describe.getHavingExprs().forEach(select::addHavingCondition);
		}
		if (describe.hasOrderBy()) {
			describe.getOrderBy().forEach(select::addOrderBy);
		}
		select.setLimit(describe.getLimit());
		select.setOffset(describe.getOffset());
		select.setDistinct(true);
		return select;
	}

	private static Predicate<Node> scope(Query query) {
		if (!query.hasDatasetDescription()) {
			return (graph) -> true;
		}
		Set<Node> graphs = new HashSet<>();
		query.getGraphURIs().forEach((iri) -> graphs.add(NodeFactory.createURI(iri)));
		query.getNamedGraphURIs().forEach((iri) -> graphs.add(NodeFactory.createURI(iri)));
		return graphs::contains;
	}

	private void describe(Node resource, Predicate<Node> inScope, Graph description) {
		Deque<Blank> blanks = new ArrayDeque<>();
		Set<Blank> seen = new HashSet<>();
		follow(Node.ANY, resource, inScope, description, blanks);
		while (!blanks.isEmpty()) {
			Blank blank = blanks.pop();
			if (seen.add(blank)) {
				follow(blank.graph(), blank.node(), inScope, description, blanks);
			}
		}
	}

	private void follow(Node graph, Node subject, Predicate<Node> inScope, Graph description, Deque<Blank> blanks) {
		Iterator<Quad> quads = this.dataset.find(graph, subject, Node.ANY, Node.ANY);
		try {
			while (quads.hasNext()) {
				Quad quad = quads.next();
				if (quad.isDefaultGraph() || !inScope.test(quad.getGraph())) {
					continue;
				}
				description.add(quad.asTriple());
				if (description.size() > this.limits.maxResults()) {
					throw SparqlLimits.tooMany(this.limits, "triples");
				}
				if (System.nanoTime() > this.deadline) {
					throw new QueryCancelledException();
				}
				if (quad.getObject().isBlank()) {
					blanks.push(new Blank(quad.getGraph(), quad.getObject()));
				}
			}
		}
		finally {
			Iter.close(quads);
		}
	}

	/** A blank node of a graph whose statements belong to the description. */
	private record Blank(Node graph, Node node) {
	}

}
