package org.consentregistry.registry.consent;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

import org.consentregistry.registry.graph.RegistryDataset;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads records in bulk, with what their graphs say, for projections of the store such as
 * the search index: every record, the records of one issuer, the whole version chains of
 * some records, and which record a journal entry recorded. Each call is one read
 * transaction; visitors must not keep the values past it longer than they need.
 */
@Component
public class RecordScans {

	private final RegistryDataset dataset;

	private final RecordIris iris;

	RecordScans(RegistryDataset dataset, RecordIris iris) {
		this.dataset = dataset;
		this.iris = iris;
	}

	/**
	 * The record that durable journal entry {@code index} recorded.
	 * @throws IndexOutOfBoundsException if there is no such entry
	 */
	public RecordId recordAt(long index) {
		String credentialId = JournalEntryCodec.decode(this.dataset.journalEntry(index)).credential().id();
		return RecordId.ofCredentialId(String.valueOf(credentialId))
			.orElseThrow(() -> new IllegalStateException(
					"Journal entry " + index + " records credential " + credentialId + ", not a urn:uuid"));
	}

	/**
	 * Visits every record, or every record of {@code issuer}, in no particular order.
	 * Every record is read in one pass over the store's index (see {@link StoreScan}).
	 */
	public void forEach(@Nullable String issuer, BiConsumer<RecordEntry, WorkDescription> visitor) {
		Node issuerNode = (issuer != null) ? NodeFactory.createURI(issuer) : Node.ANY;
		this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = ConsentRecords.metadata(dsg);
			Optional<StoreScan> scan = (issuer == null) ? StoreScan.of(dsg) : Optional.empty();
			if (scan.isPresent()) {
				scan.get().forEach(metadata, visitor);
				return null;
			}
			var found = dsg.find(RecordMetadata.REGISTRY, Node.ANY, CR.issuer, issuerNode);
			try {
				while (found.hasNext()) {
					visit(dsg, metadata, found.next().getSubject(), visitor);
				}
			}
			finally {
				org.apache.jena.atlas.iterator.Iter.close(found);
			}
			return null;
		});
	}

	/**
	 * Visits every version of the chains the given records belong to, each once (an
	 * update changes its predecessor's status, a withdrawal every version's).
	 */
	public void chains(Collection<RecordId> ids, BiConsumer<RecordEntry, WorkDescription> visitor) {
		this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = ConsentRecords.metadata(dsg);
			Set<Node> seen = new HashSet<>();
			for (RecordId id : ids) {
				Node first = this.iris.node(id);
				if (!metadata.contains(first)) {
					continue;
				}
				for (Node n = first; n != null; n = metadata.object(n, CR.replaces).orElse(null)) {
					first = n;
				}
				for (Node n = first; n != null; n = metadata.object(n, CR.supersededBy).orElse(null)) {
					if (seen.add(n)) {
						visit(dsg, metadata, n, visitor);
					}
				}
			}
			return null;
		});
	}

	private static void visit(DatasetGraph dsg, RecordMetadata metadata, Node record,
			BiConsumer<RecordEntry, WorkDescription> visitor) {
		metadata.entry(record)
			.ifPresent((entry) -> visitor.accept(entry,
					ConsentRecordMapper.describe(copy(dsg, record), entry.credential())));
	}

	/**
	 * The record's graph copied into memory in one scan of the store's index, since
	 * describing it (or mapping it for the decision engine) asks for many single
	 * statements. Callers hold the read transaction.
	 */
	static Graph copy(DatasetGraph dsg, Node record) {
		Graph copy = GraphFactory.createDefaultGraph();
		var found = dsg.find(record, Node.ANY, Node.ANY, Node.ANY);
		try {
			found.forEachRemaining((quad) -> copy.add(quad.asTriple()));
		}
		finally {
			org.apache.jena.atlas.iterator.Iter.close(found);
		}
		return copy;
	}

}
