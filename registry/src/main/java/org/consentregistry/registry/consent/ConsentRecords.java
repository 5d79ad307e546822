package org.consentregistry.registry.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.system.ProblemException;

import org.springframework.stereotype.Component;

/**
 * The consent records: each accepted credential is one named graph, named by its record
 * IRI, with the registry's metadata about it in the registry graph. Recording a
 * credential writes both in one transaction.
 */
@Component
public class ConsentRecords {

	private final RegistryDataset dataset;

	private final RecordIris iris;

	private final Clock clock;

	ConsentRecords(RegistryDataset dataset, RecordIris iris, Clock clock) {
		this.dataset = dataset;
		this.iris = iris;
		this.clock = clock;
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
		return this.dataset.read((ds) -> metadata(ds.asDatasetGraph()).originalBytes(this.iris.node(id)));
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
		return this.dataset.read((ds) -> {
			RecordMetadata metadata = metadata(ds.asDatasetGraph());
			List<RecordEntry> matching = new ArrayList<>();
			ds.asDatasetGraph()
				.find(RecordMetadata.REGISTRY, Node.ANY, CR.issuer, query.issuerNode())
				.forEachRemaining(
						(quad) -> metadata.entry(quad.getSubject()).filter(query::matches).ifPresent(matching::add));
			matching.sort(Comparator.comparing(RecordEntry::received).reversed().thenComparing(RecordEntry::record));
			int from = Math.min(query.offset(), matching.size());
			int to = Math.min(from + query.limit(), matching.size());
			return new RecordPage(List.copyOf(matching.subList(from, to)), matching.size(), query.limit(),
					query.offset());
		});
	}

	/**
	 * Records a verified, valid credential, or answers the existing record if the same
	 * credential was recorded before.
	 * @throws ProblemException if it conflicts with a recorded one or breaks an update
	 * rule
	 */
	Recorded record(NewRecord added) {
		return this.dataset.writeInGroup((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = metadata(dsg);
			Optional<RecordEntry> existing = metadata.entry(added.iri());
			UpdateRules rules = new UpdateRules(metadata, this.iris);
			if (existing.isPresent()) {
				return new Recorded(rules.sameAs(existing.get(), added), false);
			}
			Optional<RecordEntry> replaced = rules.replaced(added);
			writeGraph(dsg, added);
			metadata.add(added, this.clock.instant());
			replaced.ifPresent((prior) -> rules.apply(added, prior));
			return new Recorded(metadata.entry(added.iri()).orElseThrow(), true);
		});
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
	 */
	record Recorded(RecordEntry entry, boolean created) {
	}

}
