package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

import org.consentregistry.registry.consent.ListingIndex.Key;

/**
 * Builds the record listings ({@link ListingIndex}) from the records' metadata, for a
 * store written before they existed or by a version that did not keep them: every record
 * in the order of its received time (the journal order), ties broken as listings break
 * them (record IRI, in reverse, so that the newest-first listing shows the smaller IRI
 * first). Callers hold the transaction (a write transaction to build).
 */
final class ListingBuild {

	/** The listings' layout version, kept as the size of a list of its own. */
	static final Key LAYOUT = new Key(NodeFactory.createURI("urn:consent-registry:listing:layout"));

	static final long LAYOUT_VERSION = 1;

	private ListingBuild() {
	}

	/**
	 * Whether the listings are in the current layout and hold every record (counted in
	 * one pass over an index range, without reading the records).
	 */
	static boolean isComplete(DatasetGraph dataset) {
		ListingIndex index = new ListingIndex(dataset);
		if (index.size(LAYOUT) != LAYOUT_VERSION) {
			return false;
		}
		var records = dataset.find(RecordMetadata.REGISTRY, Node.ANY, RDF.type.asNode(), CR.Record);
		try {
			return index.size(Key.EVERY) == Iter.count(records);
		}
		finally {
			Iter.close(records);
		}
	}

	/** Drops the listings and builds them again from every record's metadata. */
	static int rebuild(DatasetGraph dataset) {
		Map<Node, Node> issuers = objects(dataset, CR.issuer);
		Map<Node, Node> works = objects(dataset, CR.work);
		Map<Node, Node> received = objects(dataset, CR.received);
		List<Received> records = new ArrayList<>(issuers.size());
		var found = dataset.find(RecordMetadata.REGISTRY, Node.ANY, RDF.type.asNode(), CR.Record);
		try {
			found.forEachRemaining((quad) -> {
				Node record = quad.getSubject();
				records.add(new Received(record, Instant.parse(required(received, record, CR.received)),
						required(issuers, record, CR.issuer), required(works, record, CR.work)));
			});
		}
		finally {
			Iter.close(found);
		}
		records.sort(Comparator.comparing(Received::at)
			.thenComparing((Received r) -> r.record().getURI(), Comparator.reverseOrder()));
		ListingIndex index = new ListingIndex(dataset);
		index.clear();
		Map<Key, Long> sizes = new HashMap<>();
		for (Received r : records) {
			for (Key key : Key.of(r.issuer(), r.work())) {
				long position = sizes.getOrDefault(key, 0L);
				index.put(key, r.record(), position);
				sizes.put(key, position + 1);
			}
		}
		sizes.forEach(index::setSize);
		index.setSize(LAYOUT, LAYOUT_VERSION);
		return records.size();
	}

	private static String required(Map<Node, Node> values, Node record, Node property) {
		Node value = values.get(record);
		if (value == null) {
			throw new IllegalStateException("Record " + record + " has no " + property);
		}
		return value.isURI() ? value.getURI() : value.getLiteralLexicalForm();
	}

	private static Map<Node, Node> objects(DatasetGraph dataset, Node property) {
		Map<Node, Node> objects = new HashMap<>();
		var found = dataset.find(RecordMetadata.REGISTRY, Node.ANY, property, Node.ANY);
		try {
			found.forEachRemaining((quad) -> objects.putIfAbsent(quad.getSubject(), quad.getObject()));
		}
		finally {
			Iter.close(found);
		}
		return objects;
	}

	private record Received(Node record, Instant at, String issuer, String work) {
	}

}
