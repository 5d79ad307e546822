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

	private final GroupCommit groupCommit;

	RegistryDataset(GraphProperties properties) {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the TDB2 data directory " + properties.dataDir(), ex);
		}
		this.dataset = TDB2Factory.connectDataset(properties.dataDir().toString());
		this.groupCommit = new GroupCommit(this.dataset, properties.maxCommitGroup());
		logger.info("TDB2 dataset at {}", properties.dataDir().toAbsolutePath());
	}

	/** Runs {@code action} in a read transaction and returns its result. */
	public <T> T read(Function<Dataset, T> action) {
		return Txn.calculateRead(this.dataset, () -> action.apply(this.dataset));
	}

	/**
	 * Runs {@code action} in a write transaction: committed if it returns, aborted if it
	 * throws.
	 */
	public void write(Consumer<Dataset> action) {
		Txn.executeWrite(this.dataset, () -> action.accept(this.dataset));
	}

	/** Like {@link #write(Consumer)}, returning the action's result. */
	public <T> T writeAndGet(Function<Dataset, T> action) {
		return Txn.calculateWrite(this.dataset, () -> action.apply(this.dataset));
	}

	/**
	 * Like {@link #writeAndGet}, but may share its transaction with writes that arrive at
	 * the same time (group commit): one durable commit for many. {@code action} sees the
	 * effects of the writes before it; if it throws, only it fails and none of its
	 * changes are kept.
	 */
	public <T> T writeInGroup(Function<Dataset, T> action) {
		return this.groupCommit.write(action);
	}

	/** Closes the dataset and releases its files, so that it can be opened again. */
	@Override
	public void destroy() {
		this.groupCommit.close();
		TDBInternal.expel(this.dataset.asDatasetGraph());
	}

}
