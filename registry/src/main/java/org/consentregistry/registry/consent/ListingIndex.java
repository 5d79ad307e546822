package org.consentregistry.registry.consent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The record listings kept in the store, in the transaction that records each record: the
 * list of every record, of each issuer's and of each work's, in the order they were
 * received (their journal order), and the size of each. A page of a listing is then a few
 * point lookups, whatever the number of records.
 * <p>
 * Each list is an {@code rdf:Seq}-like node of graph {@link #GRAPH}, named after what it
 * lists ({@code urn:consent-registry:listing:all}, {@code …:issuer:<DID, %-encoded>},
 * {@code …:work:<IRI, %-encoded>}): the record at position {@code p} (from 0) is the
 * object of {@code (GRAPH, list, rdf:_<p+1>, record)}, found through the store's GSPO
 * index; the size is {@code (GRAPH, list, SIZE, n)}. Records, works and issuers only
 * appear as objects, so a query about them (in the union default graph too) sees nothing
 * new. Callers hold the transaction.
 */
final class ListingIndex {

	/** The graph of the listings. */
	static final Node GRAPH = NodeFactory.createURI("urn:consent-registry:listing");

	/** The property of a list's size. */
	static final Node SIZE = NodeFactory.createURI("urn:consent-registry:listing:size");

	private final DatasetGraph dataset;

	ListingIndex(DatasetGraph dataset) {
		this.dataset = dataset;
	}

	/**
	 * Appends a record, just received, to the list of all, its issuer's and its work's.
	 */
	void add(Node record, String issuer, String work) {
		for (Key key : Key.of(issuer, work)) {
			long size = size(key);
			put(key, record, size);
			setSize(key, size + 1);
		}
	}

	/** Puts {@code record} at {@code position} of {@code key}'s list. */
	void put(Key key, Node record, long position) {
		this.dataset.add(new Quad(GRAPH, key.list(), member(position), record));
	}

	/** The number of records in {@code key}'s list. */
	long size(Key key) {
		var found = this.dataset.find(GRAPH, key.list(), SIZE, Node.ANY);
		try {
			return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0L;
		}
		finally {
			Iter.close(found);
		}
	}

	void setSize(Key key, long size) {
		this.dataset.deleteAny(GRAPH, key.list(), SIZE, Node.ANY);
		this.dataset.add(new Quad(GRAPH, key.list(), SIZE,
				NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDlong)));
	}

	/** The record at {@code position} of {@code key}'s list. */
	Optional<Node> at(Key key, long position) {
		var found = this.dataset.find(GRAPH, key.list(), member(position), Node.ANY);
		try {
			return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
		}
		finally {
			Iter.close(found);
		}
	}

	/** Removes every list. */
	void clear() {
		this.dataset.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
	}

	/** {@code rdf:_<position + 1>}, the container membership property. */
	private static Node member(long position) {
		return NodeFactory.createURI(RDF.getURI() + "_" + (position + 1));
	}

	/**
	 * One list: of every record, of an issuer's or of a work's.
	 *
	 * @param list the node naming the list
	 */
	record Key(Node list) {

		static final Key EVERY = new Key(NodeFactory.createURI("urn:consent-registry:listing:all"));

		static Key issuer(String issuer) {
			return new Key(NodeFactory
				.createURI("urn:consent-registry:listing:issuer:" + URLEncoder.encode(issuer, StandardCharsets.UTF_8)));
		}

		static Key work(String work) {
			return new Key(NodeFactory
				.createURI("urn:consent-registry:listing:work:" + URLEncoder.encode(work, StandardCharsets.UTF_8)));
		}

		static Key[] of(String issuer, String work) {
			return new Key[] { EVERY, issuer(issuer), work(work) };
		}

	}

}
