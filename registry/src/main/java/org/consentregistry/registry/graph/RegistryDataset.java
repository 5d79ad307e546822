package org.consentregistry.registry.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The registry's one TDB2 dataset. Every access runs inside a transaction: a read sees a
 * consistent snapshot, a write commits all of its changes or none (an exception aborts
 * it).
 */
@Component
public class RegistryDataset implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(RegistryDataset.class);

	private final Dataset dataset;

	private final Journal journal;

	private final WriteLoop writeLoop;

	public RegistryDataset(GraphProperties properties) {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the TDB2 data directory " + properties.dataDir(), ex);
		}
		this.dataset = TDB2Factory.connectDataset(properties.dataDir().toString());
		this.journal = new Journal(properties.journalDir(), properties.journalSegmentSize().toBytes());
		this.writeLoop = new WriteLoop(this.dataset, this.journal, properties);
		logger.info("TDB2 dataset at {}, journal of {} entries", properties.dataDir().toAbsolutePath(),
				this.journal.size());
	}

	/**
	 * Runs {@code action} in a read transaction and returns its result. The read sees
	 * every write answered before it began (it waits for their commit if need be).
	 */
	public <T> T read(Function<Dataset, T> action) {
		this.writeLoop.awaitCommitted();
		return Txn.calculateRead(this.dataset, () -> action.apply(this.dataset));
	}

	/**
	 * Runs {@code action} in a write transaction and returns once it committed: all of
	 * its changes are kept if it returns, none if it throws.
	 */
	public void write(Consumer<Dataset> action) {
		this.writeLoop.write((ds) -> {
			action.accept(ds);
			return null;
		});
	}

	/** Like {@link #write(Consumer)}, returning the action's result. */
	public <T> T writeAndGet(Function<Dataset, T> action) {
		return this.writeLoop.write(action);
	}

	/**
	 * Like {@link #writeAndGet}; kept for callers that expect writes arriving together to
	 * share one commit, which every write now does.
	 */
	public <T> T writeInGroup(Function<Dataset, T> action) {
		return this.writeLoop.write(action);
	}

	/**
	 * Runs a journaled write: it shares the open write transaction with others and
	 * returns as soon as its journal entry is durable. See {@link JournaledWrite}.
	 */
	public <T> T writeJournaled(JournaledWrite<T> action) {
		return this.writeLoop.writeJournaled(action);
	}

	/**
	 * Sets how journal entries are applied to the store, and applies those that a crash
	 * kept from it. Call once at startup, before journaled writes.
	 */
	public void recover(JournalReplayer replayer) {
		this.writeLoop.recover(replayer);
	}

	/** Listens to journal entries as they are appended and made durable. */
	public void listen(JournalListener listener) {
		this.writeLoop.listen(listener);
	}

	/** The number of durable journal entries. */
	public long journalSize() {
		return this.journal.forced();
	}

	/** A durable journal entry. */
	public byte[] journalEntry(long index) {
		return this.writeLoop.journalEntry(index);
	}

	/** Closes the dataset and releases its files, so that it can be opened again. */
	@Override
	public void destroy() {
		this.writeLoop.close();
		this.journal.close();
		TDBInternal.expel(this.dataset.asDatasetGraph());
	}

}
