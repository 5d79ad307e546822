package org.consentregistry.registry.graph;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Journaled writes are answered from the journal and applied to the store behind, by the
 * applier thread; these tests hold the applier (with a plain write that waits) to see the
 * store lag, and make it fail to see it roll back and apply the journal again.
 */
class JournalApplierTests {

	private static final Node GRAPH = NodeFactory.createURI("urn:test:graph");

	private static final Node P = NodeFactory.createURI("urn:test:p");

	@TempDir
	Path dir;

	private RegistryDataset dataset;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final ExecutorService background = Executors.newFixedThreadPool(2);

	@AfterEach
	void close() throws InterruptedException {
		this.background.shutdownNow();
		this.background.awaitTermination(10, TimeUnit.SECONDS);
		if (this.dataset != null) {
			this.dataset.destroy();
		}
	}

	@Test
	void answersBeforeTheStoreHoldsTheEntryAndReadsWaitForIt() throws Exception {
		open();
		CountDownLatch release = new CountDownLatch(1);
		Future<?> holding = holdApplier(release);
		for (int n = 0; n < 5; n++) {
			assertThat(append(n)).isEqualTo(n);
		}
		assertThat(this.dataset.journalSize()).isEqualTo(5);
		assertThat(this.dataset.appliedSize()).isZero();
		Future<Long> read = this.background.submit(this::size);
		Thread.sleep(200);
		assertThat(read).isNotDone();
		release.countDown();
		holding.get(30, TimeUnit.SECONDS);
		assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(5);
		assertThat(this.dataset.appliedSize()).isEqualTo(5);
	}

	@Test
	void aFailingApplyRollsBackAndAppliesTheJournalAgainWithoutLosingOrDoubling() throws Exception {
		open();
		CountDownLatch release = new CountDownLatch(1);
		Future<?> holding = holdApplier(release);
		for (int n = 0; n < 10; n++) {
			append(n);
		}
		// Entries 0 to 9 wait in one batch; applying entry 6 in memory fails once, after
		// 0 to 5 are in the open transaction: it is rolled back, 0 to 6 are applied again
		// from the journal and 7 to 9 follow, each exactly once (adding a quad a second
		// time fails the apply).
		this.failuresLeft.set(1);
		release.countDown();
		holding.get(30, TimeUnit.SECONDS);
		assertThat(size()).isEqualTo(10);
		assertThat(this.failuresLeft).hasValue(0);
		this.dataset.destroy();
		open();
		assertThat(size()).isEqualTo(10);
		assertThat(this.dataset.appliedSize()).isEqualTo(10);
	}

	@Test
	void aStoreThatCannotApplyTheJournalFailsReadsUntilItCan() throws Exception {
		open();
		CountDownLatch release = new CountDownLatch(1);
		Future<?> holding = holdApplier(release);
		append(0);
		this.failuresLeft.set(3);
		release.countDown();
		holding.get(30, TimeUnit.SECONDS);
		assertThatIllegalStateException().isThrownBy(this::size)
			.withMessageStartingWith("The store cannot apply the ingest journal");
		// The applier tries again every second; once it applies the entry, reads see it.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.failuresLeft.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(sizeWhenReadable(deadline)).isEqualTo(1);
	}

	@Test
	void aReadBeforeTheJournalIsRecoveredFailsInsteadOfWaitingForever() throws Exception {
		open();
		for (int n = 0; n < 3; n++) {
			append(n);
		}
		this.dataset.destroy();
		this.dataset = null;
		// A crash after the journal entries were durable, before the store committed
		// them:
		// the same journal beside an empty store.
		Path crashed = this.dir.resolve("crashed");
		copyTree(GraphProperties.of(this.dir).journalDir(), GraphProperties.of(crashed).journalDir());
		this.dataset = TestDatasets.open(crashed);
		Future<Long> read = this.background.submit(this::size);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> read.get(30, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessageContaining("Expected the ingest journal to be recovered before the store is read")
			.withMessageContaining("the store holds 0 of 3 durable journal entries");
		this.dataset.recover(this::replay);
		assertThat(size()).isEqualTo(3);
	}

	@Test
	void aReadBeforeRecoveryOfAStoreLevelWithItsJournalSucceeds() {
		open();
		append(0);
		this.dataset.destroy();
		this.dataset = TestDatasets.open(this.dir);
		assertThat(size()).isEqualTo(1);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	private void open() {
		this.dataset = TestDatasets.open(this.dir);
		this.dataset.recover(this::replay);
	}

	private long append(int n) {
		byte[] entry = Integer.toString(n).getBytes(StandardCharsets.UTF_8);
		return this.dataset.writeJournaled(
				(ds, applied, index) -> Journaled.changed(index, entry, (store) -> add(store, index, entry)));
	}

	private void replay(Dataset store, long index, byte[] entry) {
		add(store, index, entry);
	}

	private void add(Dataset store, long index, byte[] entry) {
		int n = Integer.parseInt(new String(entry, StandardCharsets.UTF_8));
		if (n != index) {
			throw new IllegalStateException("Expected entry " + index + " but it holds " + n);
		}
		if (n >= 6 || index == 0) {
			failIfAsked(n);
		}
		Quad quad = quad(n);
		if (store.asDatasetGraph().contains(quad)) {
			throw new IllegalStateException("Entry " + n + " applied twice");
		}
		store.asDatasetGraph().add(quad);
	}

	private void failIfAsked(int n) {
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("Applying entry " + n + " fails on purpose");
		}
	}

	/** Keeps the applier busy in a plain write until {@code release}. */
	private Future<?> holdApplier(CountDownLatch release) throws InterruptedException {
		CountDownLatch holding = new CountDownLatch(1);
		Future<?> write = this.background.submit(() -> this.dataset.write((ds) -> {
			holding.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
		return write;
	}

	private long size() {
		return this.dataset.read((ds) -> ds.asDatasetGraph().getGraph(GRAPH).size());
	}

	private long sizeWhenReadable(long deadline) throws InterruptedException {
		while (true) {
			try {
				return size();
			}
			catch (IllegalStateException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(100);
			}
		}
	}

	private static Quad quad(int n) {
		return Quad.create(GRAPH, NodeFactory.createURI("urn:test:s" + n), P, NodeFactory.createLiteralString("" + n));
	}

}
