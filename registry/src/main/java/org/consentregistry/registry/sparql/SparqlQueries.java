package org.consentregistry.registry.sparql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.consentregistry.registry.graph.RegistryDataset;

import org.springframework.stereotype.Component;

/**
 * Runs read-only queries over the registry's dataset within the limits: at most
 * {@code maxConcurrent} at once, each cancelled after {@code timeout}, each answer
 * collected up to {@code maxResults} rows or triples and refused beyond. The default
 * graph is the union of the named graphs. A query runs in one TDB2 read transaction that
 * ends before the answer is written to the client.
 */
@Component
class SparqlQueries {

	/**
	 * Solutions an ORDER BY or DISTINCT keeps in memory before it spills to temporary
	 * files, so that sorting a huge intermediate result cannot exhaust the heap before
	 * the timeout cancels it.
	 */
	static final long SPILL_THRESHOLD = 100_000;

	private final RegistryDataset dataset;

	private final SparqlProperties limits;

	private final Semaphore slots;

	SparqlQueries(RegistryDataset dataset, SparqlProperties limits) {
		this.dataset = dataset;
		this.limits = limits;
		this.slots = new Semaphore(limits.maxConcurrent(), true);
	}

	/**
	 * Answers the query, or throws a {@code ProblemException} naming the limit broken.
	 */
	SparqlAnswer answer(Query query) {
		try {
			if (!this.slots.tryAcquire(this.limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw SparqlLimits.busy(this.limits);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw SparqlLimits.busy(this.limits);
		}
		try {
			return this.dataset.read((ds) -> answer(ds.asDatasetGraph(), query));
		}
		catch (QueryCancelledException ex) {
			throw SparqlLimits.timedOut(this.limits);
		}
		finally {
			this.slots.release();
		}
	}

	private SparqlAnswer answer(DatasetGraph dsg, Query query) {
		if (query.isDescribeType()) {
			return new Describer(dsg, this.limits).describe(query);
		}
		try (QueryExec exec = execution(dsg, query, this.limits)) {
			if (query.isAskType()) {
				return new SparqlAnswer.Bool(exec.ask());
			}
			if (query.isConstructType()) {
				return new SparqlAnswer.Triples(triples(exec.constructTriples(), this.limits));
			}
			return rows(exec.select(), this.limits);
		}
	}

	/**
	 * A query execution cancelled after the timeout, which never calls SERVICE. Its
	 * default graph is the union of the named graphs, unless the query or the protocol
	 * names its dataset (TDB2 would otherwise apply the union over the whole store and
	 * ignore FROM).
	 */
	static QueryExec execution(DatasetGraph dsg, Query query, SparqlProperties limits) {
		return QueryExec.dataset(dsg)
			.query(query)
			.set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
			.set(ARQ.httpServiceAllowed, false)
			.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD)
			.timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)
			.build();
	}

	private static SparqlAnswer.Rows rows(RowSet rows, SparqlProperties limits) {
		List<Binding> kept = new ArrayList<>();
		while (rows.hasNext()) {
			if (kept.size() == limits.maxResults()) {
				throw SparqlLimits.tooMany(limits, "rows");
			}
			kept.add(materialised(rows.next()));
		}
		return new SparqlAnswer.Rows(rows.getResultVars(), kept);
	}

	private static Graph triples(Iterator<Triple> triples, SparqlProperties limits) {
		Graph graph = GraphFactory.createDefaultGraph();
		while (triples.hasNext()) {
			graph.add(triples.next());
			if (graph.size() > limits.maxResults()) {
				throw SparqlLimits.tooMany(limits, "triples");
			}
		}
		return graph;
	}

	/** A copy whose nodes are decoded now, while the transaction is open. */
	static Binding materialised(Binding binding) {
		BindingBuilder copy = Binding.builder();
		binding.forEach(copy::add);
		return copy.build();
	}

}
