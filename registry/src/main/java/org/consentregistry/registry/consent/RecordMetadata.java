package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the registry's metadata about records in its own graph
 * {@code urn:consent-registry:registry}. Callers hold the transaction.
 */
final class RecordMetadata implements RecordLookup {

	/** The name of the registry's own graph. */
	static final Node REGISTRY = NodeFactory.createURI("urn:consent-registry:registry");

	private final DatasetGraph dataset;

	RecordMetadata(DatasetGraph dataset) {
		this.dataset = dataset;
	}

	void add(NewRecord added, Instant received, long logIndex) {
		Node record = added.iri();
		put(record, RDF.type.asNode(), CR.Record);
		put(record, CR.credential, NodeFactory.createURI(added.id().credentialId()));
		put(record, CR.issuer, NodeFactory.createURI(added.credential().issuer()));
		put(record, CR.work, NodeFactory.createURI(added.work()));
		put(record, RDF.type.asNode(), added.graph().isWithdrawal() ? CR.ConsentWithdrawal : CR.ConsentCredential);
		put(record, CR.received, dateTime(received));
		put(record, CR.logIndex, NodeFactory.createLiteralDT(Long.toString(logIndex), XSDDatatype.XSDlong));
		if (added.issued() != null) {
			put(record, CR.issued, dateTime(added.issued()));
		}
		put(record, CR.status, RecordStatus.CURRENT.node());
		put(record, CR.mediaType, NodeFactory.createLiteralString(added.mediaType()));
		put(record, CR.sha256, NodeFactory.createLiteralString(added.sha256()));
		put(record, CR.canonicalSha256, NodeFactory.createLiteralString(added.canonicalSha256()));
	}

	/**
	 * The record's entry, from one scan of its statements in the registry graph (one
	 * index range rather than a lookup per property), or empty if it is not a record.
	 */
	@Override
	public Optional<RecordEntry> entry(Node record) {
		Map<Node, Node> values = new HashMap<>();
		boolean isRecord = false;
		boolean withdrawal = false;
		var found = this.dataset.find(REGISTRY, record, Node.ANY, Node.ANY);
		try {
			while (found.hasNext()) {
				Quad quad = found.next();
				if (RDF.type.asNode().equals(quad.getPredicate())) {
					isRecord |= CR.Record.equals(quad.getObject());
					withdrawal |= CR.ConsentWithdrawal.equals(quad.getObject());
				}
				else {
					values.putIfAbsent(quad.getPredicate(), quad.getObject());
				}
			}
		}
		finally {
			Iter.close(found);
		}
		return isRecord ? Optional.of(entry(record, values, withdrawal)) : Optional.empty();
	}

	/**
	 * The entry of {@code record} from its statements in the registry graph: the first
	 * object of each property but {@code rdf:type}, in index order.
	 */
	RecordEntry entry(Node record, Map<Node, Node> values, boolean withdrawal) {
		String iri = record.getURI();
		String supersededBy = text(values, CR.supersededBy);
		String logIndex = text(values, CR.logIndex);
		return new RecordEntry(RecordId.parse(iri.substring(iri.lastIndexOf('/') + 1)).orElseThrow(), iri,
				required(record, values, CR.credential), withdrawal ? "ConsentWithdrawal" : "ConsentCredential",
				required(record, values, CR.issuer), required(record, values, CR.work),
				Optional.ofNullable(values.get(CR.status)).flatMap(RecordStatus::of).orElseThrow(),
				Instant.parse(required(record, values, CR.received)), instant(text(values, CR.issued)),
				text(values, CR.replaces), supersededBy,
				(supersededBy != null) ? instant(NodeFactory.createURI(supersededBy), CR.received) : null,
				required(record, values, CR.mediaType), required(record, values, CR.sha256),
				(logIndex != null) ? Long.valueOf(logIndex) : null);
	}

	private static @Nullable String text(Map<Node, Node> values, Node property) {
		Node value = values.get(property);
		return (value != null) ? text(value) : null;
	}

	private static @Nullable Instant instant(@Nullable String value) {
		return (value != null) ? Instant.parse(value) : null;
	}

	private static String required(Node record, Map<Node, Node> values, Node property) {
		String value = text(values, property);
		if (value == null) {
			throw new IllegalStateException("Record " + record + " has no " + property);
		}
		return value;
	}

	/**
	 * When the chain of a withdrawn record was withdrawn (the withdrawal's received
	 * time), or {@code null} if the record is not withdrawn.
	 */
	@Nullable Instant withdrawnAt(Node record) {
		if (!this.dataset.contains(REGISTRY, record, CR.status, RecordStatus.WITHDRAWN.node())) {
			return null;
		}
		Node last = record;
		for (Node n = record; n != null; n = object(n, CR.supersededBy).orElse(null)) {
			last = n;
		}
		return instant(last, CR.received);
	}

	@Override
	public @Nullable String canonicalSha256(Node record) {
		return string(record, CR.canonicalSha256);
	}

	void link(Node older, Node newer) {
		put(newer, CR.replaces, older);
		put(older, CR.supersededBy, newer);
	}

	void setStatus(Node record, RecordStatus status) {
		this.dataset.deleteAny(REGISTRY, record, CR.status, Node.ANY);
		put(record, CR.status, status.node());
	}

	boolean contains(Node record) {
		return this.dataset.contains(REGISTRY, record, RDF.type.asNode(), CR.Record);
	}

	Optional<Node> object(Node record, Node property) {
		var found = this.dataset.find(REGISTRY, record, property, Node.ANY);
		try {
			return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
		}
		finally {
			Iter.close(found);
		}
	}

	@Nullable String string(Node record, Node property) {
		return object(record, property).map(RecordMetadata::text).orElse(null);
	}

	@Nullable Instant instant(Node record, Node property) {
		return object(record, property).map((node) -> Instant.parse(node.getLiteralLexicalForm())).orElse(null);
	}

	/**
	 * The submitted bytes, if stored in the graph (records from before the ingest
	 * journal; newer ones are read from the journal).
	 */
	Optional<byte[]> originalBytes(Node record) {
		return object(record, CR.originalBytes).map((node) -> Base64.getDecoder().decode(node.getLiteralLexicalForm()));
	}

	private void put(Node s, Node p, Node o) {
		this.dataset.add(new Quad(REGISTRY, s, p, o));
	}

	private static Node dateTime(Instant instant) {
		return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
	}

	private static String text(Node node) {
		return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
	}

}
