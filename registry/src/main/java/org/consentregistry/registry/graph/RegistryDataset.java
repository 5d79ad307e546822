package org.consentregistry.registry.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
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

	private final JournalApplier applier;

	private final IngestLoop ingest;

	public RegistryDataset(GraphProperties properties) {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the TDB2 data directory " + properties.dataDir(), ex);
		}
		this.dataset = DatasetFactory
			.wrap(DatabaseMgr.connectDatasetGraph(Location.create(properties.dataDir()), storeParams(properties)));
		this.journal = new Journal(properties.journalDir(), properties.journalSegmentSize().toBytes());
		this.applier = new JournalApplier(this.dataset, this.journal, properties);
		this.ingest = new IngestLoop(this.dataset, this.journal, this.applier, properties);
		logger.info("TDB2 dataset at {}, journal of {} entries", properties.dataDir().toAbsolutePath(),
				this.journal.size());
	}

	/**
	 * TDB2's defaults with the node caches sized by
	 * {@code registry.graph.node-cache-size} (see
	 * {@link GraphProperties#nodeCacheSize()}); cache sizes apply to an existing store
	 * too, as they are not part of its on-disk layout.
	 */
	static StoreParams storeParams(GraphProperties properties) {
		return StoreParams.builder("registry", StoreParams.getDftStoreParams())
			.nodeId2NodeCacheSize(properties.effectiveIdToNodeCacheSize())
			.node2NodeIdCacheSize(properties.nodeCacheSize())
			.build();
	}

	/** The TDB2 settings the store runs with. */
	StoreParams storeParams() {
		return TDBInternal.getDatasetGraphTDB(this.dataset).getStoreParams();
	}

	/**
	 * Runs {@code action} in a read transaction and returns its result. The read sees
	 * every write answered before it began: if the store has not applied every durable
	 * journal entry yet, it waits until it has and committed them.
	 */
	public <T> T read(Function<Dataset, T> action) {
		this.applier.awaitCommitted(this.journal.forced());
		return Txn.calculateRead(this.dataset, () -> action.apply(this.dataset));
	}

	/**
	 * Like {@link #read}, for reads of records that few other reads ask for again (a page
	 * of a work picked at random): the action's {@code find} and {@code contains} in a
	 * named graph consult TDB2's node caches but do not add what they read to them (see
	 * {@link UncachedNodes}). If the store's node table is not layered as TDB2 5 layers
	 * it, the action gets the dataset itself.
	 */
	public <T> T readUncached(Function<DatasetGraph, T> action) {
		return read((ds) -> {
			DatasetGraph dataset = ds.asDatasetGraph();
			NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
			return action.apply(UncachedNodes.of(quads.getNodeTable())
				.<DatasetGraph>map((nodes) -> new UncachedReads(dataset, quads, nodes))
				.orElse(dataset));
		});
	}

	/**
	 * Runs {@code action} in a write transaction and returns once it committed: all of
	 * its changes are kept if it returns, none if it throws.
	 */
	public void write(Consumer<Dataset> action) {
		this.applier.write((ds) -> {
			action.accept(ds);
			return null;
		});
	}

	/** Like {@link #write(Consumer)}, returning the action's result. */
	public <T> T writeAndGet(Function<Dataset, T> action) {
		return this.applier.write(action);
	}

	/**
	 * Like {@link #writeAndGet}; kept for callers that expect writes arriving together to
	 * share one commit, which every write now does.
	 */
	public <T> T writeInGroup(Function<Dataset, T> action) {
		return this.applier.write(action);
	}

	/**
	 * Runs a journaled write: it returns as soon as its journal entry is durable; the
	 * store applies it behind. See {@link JournaledWrite}.
	 */
	public <T> T writeJournaled(JournaledWrite<T> action) {
		return this.ingest.write(action);
	}

	/**
	 * Sets how journal entries are applied to the store, and applies those that a crash
	 * kept from it. Call once at startup, before journaled writes.
	 */
	public void recover(JournalReplayer replayer) {
		this.applier.recover(replayer);
	}

	/** Listens to journal entries as they are appended and made durable. */
	public void listen(JournalListener listener) {
		this.ingest.listen(listener);
	}

	/** The number of durable journal entries. */
	public long journalSize() {
		return this.journal.forced();
	}

	/**
	 * The number of journal entries the committed store holds; reads wait for it to reach
	 * {@link #journalSize()}.
	 */
	public long appliedSize() {
		return this.applier.committed();
	}

	/** A durable journal entry. */
	public byte[] journalEntry(long index) {
		long durable = this.journal.forced();
		if (index >= durable) {
			throw new IndexOutOfBoundsException(
					"Expected a durable journal index below " + durable + " but got " + index);
		}
		return this.journal.read(index);
	}

	/** Closes the dataset and releases its files, so that it can be opened again. */
	@Override
	public void destroy() {
		this.ingest.close();
		this.applier.close();
		this.journal.close();
		TDBInternal.expel(this.dataset.asDatasetGraph());
	}

}
