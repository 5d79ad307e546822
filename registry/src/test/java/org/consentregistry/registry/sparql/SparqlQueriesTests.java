package org.consentregistry.registry.sparql;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Queries over a real TDB2 store: a cancelled query ends its read transaction, and a
 * running one never holds up the writer.
 */
class SparqlQueriesTests {

	static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

	@TempDir
	Path dataDir;

	RegistryDataset dataset;

	@BeforeEach
	void open() {
		this.dataset = TestDatasets.open(this.dataDir);
		this.dataset.write((ds) -> {
			for (int i = 0; i < 200; i++) {
				ds.asDatasetGraph()
					.add(new Quad(NodeFactory.createURI("urn:example:graph"),
							NodeFactory.createURI("urn:example:s" + i), NodeFactory.createURI("urn:example:p"),
							NodeFactory.createURI("urn:example:o" + (i % 7))));
			}
		});
	}

	@AfterEach
	void close() {
		this.dataset.destroy();
	}

	@Test
	void cancelsAnExplosiveQueryAndEndsItsReadTransaction() {
		SparqlQueries queries = new SparqlQueries(this.dataset, limits(Duration.ofMillis(500)));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> queries.answer(QueryFactory.create(EXPLOSIVE)))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.SPARQL_TIMEOUT));
		// Only the read that counts is open.
		assertThat(activeReaders()).isEqualTo(1);
	}

	@Test
	void aRunningQueryNeverHoldsUpTheWriter() throws Exception {
		SparqlQueries queries = new SparqlQueries(this.dataset, limits(Duration.ofSeconds(5)));
		CompletableFuture<SparqlAnswer> running = CompletableFuture
			.supplyAsync(() -> queries.answer(QueryFactory.create(EXPLOSIVE)));
		while (activeReaders() < 2) {
			Thread.onSpinWait();
		}
		this.dataset.write((ds) -> ds.asDatasetGraph()
			.add(new Quad(NodeFactory.createURI("urn:example:graph"), NodeFactory.createURI("urn:example:new"),
					NodeFactory.createURI("urn:example:p"), NodeFactory.createURI("urn:example:o"))));
		assertThat(running).isNotDone();
		boolean written = this.dataset.read((ds) -> ds.asDatasetGraph()
			.contains(Node.ANY, NodeFactory.createURI("urn:example:new"), Node.ANY, Node.ANY));
		assertThat(written).isTrue();
		assertThat(running).failsWithin(Duration.ofSeconds(10))
			.withThrowableThat()
			.havingRootCause()
			.isInstanceOf(ProblemException.class);
		assertThat(activeReaders()).isEqualTo(1);
	}

	@Test
	void answersBusyWithRetryAfterWhenEverySlotStaysTakenForTheQueueWait() throws Exception {
		SparqlQueries queries = new SparqlQueries(this.dataset,
				new SparqlProperties(Duration.ofSeconds(5), 1000, 10_000, 1, Duration.ofMillis(200)));
		CompletableFuture<SparqlAnswer> running = CompletableFuture
			.supplyAsync(() -> queries.answer(QueryFactory.create(EXPLOSIVE)));
		while (activeReaders() < 2) {
			Thread.onSpinWait();
		}
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> queries.answer(QueryFactory.create("ASK { ?s ?p ?o }")))
			.satisfies((ex) -> {
				assertThat(ex.problem()).isEqualTo(Problem.SPARQL_BUSY);
				assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("5");
			});
		assertThat(running).failsWithin(Duration.ofSeconds(10))
			.withThrowableThat()
			.havingRootCause()
			.satisfies((ex) -> assertThat(((ProblemException) ex).problem()).isEqualTo(Problem.SPARQL_TIMEOUT));
		SparqlAnswer afterwards = queries.answer(QueryFactory.create("ASK { ?s ?p ?o }"));
		assertThat(afterwards).isEqualTo(new SparqlAnswer.Bool(true));
	}

	private long activeReaders() {
		return this.dataset.read(SparqlQueriesTests::readers);
	}

	private static long readers(Dataset ds) {
		return TDBInternal.getTransactionCoordinator(ds.asDatasetGraph()).countActiveReaders();
	}

	private static SparqlProperties limits(Duration timeout) {
		return new SparqlProperties(timeout, 1000, 10_000, 2, Duration.ofSeconds(1));
	}

}
