package org.consentregistry.registry.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GroupCommitTests {

	private static final Node GRAPH = NodeFactory.createURI("urn:test:graph");

	private static final Node P = NodeFactory.createURI("urn:test:p");

	@TempDir
	Path dir;

	private RegistryDataset dataset;

	private final ExecutorService clients = Executors.newFixedThreadPool(8);

	@AfterEach
	void close() throws InterruptedException {
		this.clients.shutdownNow();
		this.clients.awaitTermination(10, TimeUnit.SECONDS);
		if (this.dataset != null) {
			this.dataset.destroy();
		}
	}

	@Test
	void concurrentWritesAreAllCommittedAndSurviveReopening() throws Exception {
		this.dataset = TestDatasets.open(this.dir);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int n = i;
			results.add(this.clients.submit(() -> this.dataset.writeInGroup((ds) -> {
				ds.asDatasetGraph().add(quad(n));
				return n;
			})));
		}
		for (int i = 0; i < results.size(); i++) {
			assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
		}
		this.dataset.destroy();
		this.dataset = TestDatasets.open(this.dir);
		assertThat(size()).isEqualTo(400);
	}

	@Test
	void aFailingWriteFailsAloneAndLeavesNothingBehind() throws Exception {
		this.dataset = TestDatasets.open(this.dir);
		CountDownLatch blocking = new CountDownLatch(1);
		Future<?> blocker = this.clients.submit(() -> this.dataset.writeInGroup((ds) -> {
			awaitQuietly(blocking);
			return null;
		}));
		// These queue up behind the blocker and are committed as one group.
		Future<?> before = this.clients.submit(() -> add(1));
		Future<?> failing = this.clients.submit(() -> this.dataset.writeInGroup((ds) -> {
			ds.asDatasetGraph().add(quad(2));
			throw new IllegalStateException("refused halfway");
		}));
		Future<?> after = this.clients.submit(() -> add(3));
		Thread.sleep(200);
		blocking.countDown();
		blocker.get(30, TimeUnit.SECONDS);
		before.get(30, TimeUnit.SECONDS);
		after.get(30, TimeUnit.SECONDS);
		assertThatIllegalStateException().isThrownBy(() -> unwrap(failing)).withMessage("refused halfway");
		List<Boolean> present = this.dataset.read((ds) -> List.of(ds.asDatasetGraph().contains(quad(1)),
				ds.asDatasetGraph().contains(quad(2)), ds.asDatasetGraph().contains(quad(3))));
		assertThat(present).containsExactly(true, false, true);
	}

	@Test
	void aWriteSeesTheWritesBeforeItInItsGroup() throws Exception {
		this.dataset = TestDatasets.open(this.dir);
		for (int i = 0; i < 50; i++) {
			int n = i;
			add(n);
		}
		long seen = this.dataset.writeInGroup((ds) -> ds.asDatasetGraph().getGraph(GRAPH).size());
		assertThat(seen).isEqualTo(50);
	}

	private Boolean add(int n) {
		return this.dataset.writeInGroup((ds) -> {
			ds.asDatasetGraph().add(quad(n));
			return true;
		});
	}

	private long size() {
		return this.dataset.read((ds) -> ds.asDatasetGraph().getGraph(GRAPH).size());
	}

	private static Quad quad(int n) {
		return Quad.create(GRAPH, NodeFactory.createURI("urn:test:s" + n), P, NodeFactory.createLiteralString("" + n));
	}

	private static void unwrap(Future<?> future) throws Exception {
		try {
			future.get(30, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (Exception) ex.getCause();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
