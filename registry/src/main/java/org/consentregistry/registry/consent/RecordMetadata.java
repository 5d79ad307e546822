package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.Base64;
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

	@Override
	public Optional<RecordEntry> entry(Node record) {
		if (!contains(record)) {
			return Optional.empty();
		}
		String iri = record.getURI();
		String supersededBy = string(record, CR.supersededBy);
		boolean withdrawal = this.dataset.contains(REGISTRY, record, RDF.type.asNode(), CR.ConsentWithdrawal);
		return Optional.of(new RecordEntry(RecordId.parse(iri.substring(iri.lastIndexOf('/') + 1)).orElseThrow(), iri,
				required(record, CR.credential), withdrawal ? "ConsentWithdrawal" : "ConsentCredential",
				required(record, CR.issuer), required(record, CR.work),
				object(record, CR.status).flatMap(RecordStatus::of).orElseThrow(),
				java.util.Objects.requireNonNull(instant(record, CR.received)), instant(record, CR.issued),
				string(record, CR.replaces), supersededBy,
				(supersededBy != null) ? instant(NodeFactory.createURI(supersededBy), CR.received) : null,
				required(record, CR.mediaType), required(record, CR.sha256), logIndex(record)));
	}

	private @Nullable Long logIndex(Node record) {
		String index = string(record, CR.logIndex);
		return (index != null) ? Long.valueOf(index) : null;
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

	private String required(Node record, Node property) {
		String value = string(record, property);
		if (value == null) {
			throw new IllegalStateException("Record " + record + " has no " + property);
		}
		return value;
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
