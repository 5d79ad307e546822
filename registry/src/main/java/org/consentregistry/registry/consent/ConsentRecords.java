package org.consentregistry.registry.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.registry.graph.Journaled;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The consent records: each accepted credential is one named graph, named by its record
 * IRI, with the registry's metadata about it in the registry graph. Recording a
 * credential writes both in one transaction.
 */
@Component
public class ConsentRecords {

	private static final Logger logger = LoggerFactory.getLogger(ConsentRecords.class);

	private final RegistryDataset dataset;

	private final RecordIris iris;

	private final Clock clock;

	/**
	 * The records journaled but maybe not applied yet; only the ingest thread touches it.
	 */
	private final PendingRecords pending = new PendingRecords();

	/**
	 * The received time of the newest journal entry; only the ingest thread touches it
	 * after startup.
	 */
	private Instant lastReceived = Instant.MIN;

	ConsentRecords(RegistryDataset dataset, RecordIris iris, Clock clock) {
		this.dataset = dataset;
		this.iris = iris;
		this.clock = clock;
		dataset.recover(this::replay);
		buildListingsIfNeeded(dataset);
		long size = dataset.journalSize();
		if (size > 0) {
			this.lastReceived = JournalEntryCodec.received(dataset.journalEntry(size - 1));
		}
	}

	/**
	 * Builds the record listings if the store lacks them or they miss records (a store
	 * written before they existed, or by a version that did not keep them).
	 */
	private static void buildListingsIfNeeded(RegistryDataset dataset) {
		if (!dataset.read((ds) -> ListingBuild.isComplete(ds.asDatasetGraph()))) {
			long started = System.nanoTime();
			int count = dataset.writeAndGet((ds) -> ListingBuild.rebuild(ds.asDatasetGraph()));
			logger.info("Record listings built for {} records in {} ms", count,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * The received time of the next record: the clock's reading, or one microsecond after
	 * the previous record's if the clock has not moved past it. Received times thus
	 * strictly increase in log order, so "as of log size N" is "as of the received time
	 * of entry N-1" (see {@link LogPoints}).
	 */
	private Instant nextReceived() {
		Instant now = this.clock.instant();
		Instant next = now.isAfter(this.lastReceived) ? now : this.lastReceived.plus(1, ChronoUnit.MICROS);
		this.lastReceived = next;
		return next;
	}

	/** The record named by a record IRI of this registry or by a credential id. */
	public Optional<RecordId> idOf(String iriOrCredentialId) {
		return this.iris.idOf(iriOrCredentialId);
	}

	/** The entry of a record. */
	public Optional<RecordEntry> find(RecordId id) {
		return this.dataset.read((ds) -> metadata(ds.asDatasetGraph()).entry(this.iris.node(id)));
	}

	/** The bytes a record's credential was submitted as, verbatim. */
	public Optional<byte[]> originalBytes(RecordId id) {
		Node name = this.iris.node(id);
		return this.dataset.read((ds) -> {
			RecordMetadata metadata = metadata(ds.asDatasetGraph());
			return metadata.originalBytes(name)
				.or(() -> metadata.entry(name)
					.map(RecordEntry::logIndex)
					.map((index) -> JournalEntryCodec.original(this.dataset.journalEntry(index))));
		});
	}

	/**
	 * The bytes a record's credential was submitted as, verbatim, for a record whose
	 * entry the caller has read already (read as {@link RegistryDataset#readUncached}
	 * reads, for the pages).
	 */
	public Optional<byte[]> originalBytes(RecordEntry entry) {
		Node name = this.iris.node(entry.id());
		return this.dataset.readUncached((dsg) -> metadata(dsg).originalBytes(name))
			.or(() -> Optional.ofNullable(entry.logIndex())
				.map((index) -> JournalEntryCodec.original(this.dataset.journalEntry(index))));
	}

	/**
	 * A record's credential from its journal entry: its graph (the same triples as
	 * {@link #graph(RecordId)} copies from the store) and the bytes it was submitted as.
	 * Reading it touches neither the store nor TDB2's node caches, which a read of the
	 * store fills with the record's nodes; for a page of a random work those entries
	 * outlive a young collection and are what its pauses copy (docs/benchmarks.md, "Work
	 * page GC tail"). Empty if the record has no journal entry of its own (records from
	 * before the journal, whose log index may name another credential's entry).
	 */
	public Optional<JournaledCredential> journaled(RecordEntry entry) {
		Long index = entry.logIndex();
		if (index == null || index >= this.dataset.journalSize()) {
			return Optional.empty();
		}
		JournalEntryCodec.Document document = JournalEntryCodec.document(this.dataset.journalEntry(index));
		if (document.id() == null || !RecordId.ofCredentialId(document.id()).equals(Optional.of(entry.id()))) {
			return Optional.empty();
		}
		Graph graph = CredentialGraph.parse(document.canonical(), document.id(), Integer.MAX_VALUE).graph();
		return Optional.of(new JournaledCredential(graph, document.original()));
	}

	/** A copy of a record's graph: the credential's triples without its proof. */
	public Optional<Graph> graph(RecordId id) {
		return this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			Node name = this.iris.node(id);
			if (!metadata(dsg).contains(name)) {
				return Optional.empty();
			}
			Graph copy = GraphFactory.createDefaultGraph();
			dsg.getGraph(name).find().forEachRemaining(copy::add);
			return Optional.of(copy);
		});
	}

	/**
	 * The transparency log's leaf data of a record, if the record has a log entry
	 * (records stored before the log existed have none).
	 */
	public Optional<byte[]> leaf(RecordEntry entry) {
		return Optional.ofNullable(entry.logIndex())
			.map((index) -> JournalEntryCodec.leaf(this.dataset.journalEntry(index)));
	}

	/**
	 * The leaf data of durable log entry {@code index}.
	 * @throws IndexOutOfBoundsException if there is no such durable entry
	 */
	public byte[] leaf(long index) {
		if (index < 0 || index >= this.dataset.journalSize()) {
			throw new IndexOutOfBoundsException(
					"Expected a log index below " + this.dataset.journalSize() + " but got " + index);
		}
		return JournalEntryCodec.leaf(this.dataset.journalEntry(index));
	}

	/** The number of durable log entries. */
	public long logSize() {
		return this.dataset.journalSize();
	}

	/** A record and all its versions, oldest first. */
	public List<RecordEntry> history(RecordId id) {
		return this.dataset.read((ds) -> {
			RecordMetadata metadata = metadata(ds.asDatasetGraph());
			Node first = this.iris.node(id);
			if (!metadata.contains(first)) {
				return List.of();
			}
			for (Node n = first; n != null; n = metadata.object(n, CR.replaces).orElse(null)) {
				first = n;
			}
			List<RecordEntry> chain = new ArrayList<>();
			for (Node n = first; n != null; n = metadata.object(n, CR.supersededBy).orElse(null)) {
				chain.add(metadata.entry(n).orElseThrow());
			}
			return chain;
		});
	}

	/**
	 * The records matching {@code query}, newest first.
	 */
	public RecordPage search(RecordQuery query) {
		return search(query, null);
	}

	/**
	 * The records matching {@code query} as they stood at {@code asOf} (now if
	 * {@code null}), newest first: only those received by then, each with its status of
	 * then (see {@link AsOf#view}).
	 */
	public RecordPage search(RecordQuery query, @Nullable AsOf asOf) {
		return this.dataset.read((ds) -> new ListingPages(ds.asDatasetGraph()).page(query, asOf));
	}

	/**
	 * A record's entry as it stood at {@code asOf}; empty if it was received later.
	 */
	public Optional<RecordEntry> asOf(RecordEntry entry, AsOf asOf) {
		if (!asOf.includes(entry.received())) {
			return Optional.empty();
		}
		Instant withdrawnAt = this.dataset
			.read((ds) -> metadata(ds.asDatasetGraph()).withdrawnAt(this.iris.node(entry.id())));
		return asOf.view(entry, withdrawnAt);
	}

	/**
	 * A record's versions received by {@code asOf}, oldest first, each as it stood then.
	 */
	public List<RecordEntry> history(RecordId id, AsOf asOf) {
		List<RecordEntry> chain = history(id);
		RecordEntry last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
		Instant withdrawnAt = (last != null && last.isWithdrawal()) ? last.received() : null;
		return chain.stream().flatMap((entry) -> asOf.view(entry, withdrawnAt).stream()).toList();
	}

	/**
	 * Records a verified, valid credential, or answers the existing record if the same
	 * credential was recorded before. Returns once the record's journal entry is durable;
	 * the store applies it behind (see {@link PendingRecords}).
	 * @throws ProblemException if it conflicts with a recorded one or breaks an update
	 * rule
	 */
	Recorded record(NewRecord added) {
		return this.dataset.writeJournaled((ds, applied, index) -> {
			this.pending.prune(applied);
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordLookup lookup = this.pending.over(metadata(dsg));
			UpdateRules rules = new UpdateRules(lookup, this.iris);
			Optional<RecordEntry> replaced;
			try {
				Optional<RecordEntry> existing = lookup.entry(added.iri());
				if (existing.isPresent()) {
					return Journaled.unchanged(new Recorded(rules.sameAs(existing.get(), added), false, List.of()));
				}
				replaced = rules.replaced(added);
			}
			catch (ProblemException ex) {
				return Journaled.refused(ex);
			}
			Instant received = nextReceived();
			RecordEntry entry = PendingRecords.entryOf(added, received, index, replaced);
			byte[] journalEntry = JournalEntryCodec.encode(added, received, LogLeaf.of(entry));
			Optional<RecordEntry> priorAfter = this.pending.add(index, added, entry, replaced, lookup);
			return Journaled.changed(new Recorded(entry, true, engineVersions(dsg, added, entry, priorAfter)),
					journalEntry, (store) -> applyToStore(store, added, received, index, replaced));
		});
	}

	/** Records journal entry {@code index} again, exactly as it was recorded. */
	private void replay(Dataset ds, long index, byte[] bytes) {
		JournalEntryCodec.Decoded decoded = JournalEntryCodec.decode(bytes);
		NewRecord added = NewRecord.of(decoded.credential(), decoded.mediaType(), this.iris, Integer.MAX_VALUE);
		RecordMetadata metadata = metadata(ds.asDatasetGraph());
		applyToStore(ds, added, decoded.received(), index, new UpdateRules(metadata, this.iris).replaced(added));
	}

	private void applyToStore(Dataset ds, NewRecord added, Instant received, long index,
			Optional<RecordEntry> replaced) {
		DatasetGraph dsg = ds.asDatasetGraph();
		RecordMetadata metadata = metadata(dsg);
		if (metadata.contains(added.iri())) {
			throw new IllegalStateException("Journal entry " + index + " records " + added.iri()
					+ " but the store already holds it: the store and the journal disagree");
		}
		writeGraph(dsg, added);
		metadata.add(added, received, index);
		new ListingIndex(dsg).add(added.iri(), added.credential().issuer(), added.work());
		replaced.ifPresent((prior) -> UpdateRules.apply(metadata, added, prior));
	}

	/**
	 * The decision engine's view of the new record and of the version it replaced, as
	 * they stand after the write.
	 */
	private List<ConsentRecord> engineVersions(DatasetGraph dsg, NewRecord added, RecordEntry entry,
			Optional<RecordEntry> priorAfter) {
		List<ConsentRecord> versions = new ArrayList<>(2);
		if (!entry.isWithdrawal()) {
			versions.add(ConsentRecordMapper.toEngine(entry, added.graph().graph()));
		}
		priorAfter.filter((version) -> !version.isWithdrawal()).ifPresent((version) -> {
			Node prior = NodeFactory.createURI(version.record());
			Graph graph = this.pending.graph(prior).orElseGet(() -> dsg.getGraph(prior));
			versions.add(ConsentRecordMapper.toEngine(version, graph));
		});
		return versions;
	}

	static void writeGraph(DatasetGraph dsg, NewRecord added) {
		added.graph()
			.graph()
			.find()
			.forEachRemaining(
					(triple) -> dsg.add(added.iri(), triple.getSubject(), triple.getPredicate(), triple.getObject()));
	}

	static RecordMetadata metadata(DatasetGraph dsg) {
		return new RecordMetadata(dsg);
	}

	/**
	 * The outcome of recording a credential.
	 *
	 * @param entry the record
	 * @param created whether it was created now ({@code false}: it existed already)
	 * @param engineVersions the decision engine's view of the versions the write changed
	 */
	record Recorded(RecordEntry entry, boolean created, List<ConsentRecord> engineVersions) {
	}

}
