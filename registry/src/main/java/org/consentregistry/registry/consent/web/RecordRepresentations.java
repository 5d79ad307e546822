package org.consentregistry.registry.consent.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.consentregistry.registry.system.RdfMediaTypes;

import org.springframework.http.MediaType;

/**
 * The representations of a record and how one is chosen: the original credential bytes
 * (under any credential media type) or its graph as Turtle, N-Triples or N-Quads.
 */
final class RecordRepresentations {

	private static final List<MediaType> RDF_TYPES = List.of(RdfMediaTypes.TURTLE, RdfMediaTypes.N_TRIPLES,
			RdfMediaTypes.N_QUADS);

	private RecordRepresentations() {
	}

	/**
	 * The media type to answer for the acceptable types, preferring the one the
	 * credential was submitted with; empty if none is acceptable.
	 */
	static Optional<MediaType> choose(List<MediaType> acceptable, MediaType submitted) {
		List<MediaType> producible = new ArrayList<>();
		producible.add(submitted);
		RdfMediaTypes.CREDENTIAL_TYPES.stream()
			.filter((type) -> !type.equalsTypeAndSubtype(submitted))
			.forEach(producible::add);
		producible.addAll(RDF_TYPES);
		List<MediaType> byQuality = new ArrayList<>(acceptable);
		byQuality.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType accepted : byQuality) {
			if (accepted.getQualityValue() <= 0) {
				continue;
			}
			for (MediaType candidate : producible) {
				if (accepted.includes(candidate)) {
					return Optional.of(candidate.removeQualityValue());
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the type is one of the RDF serialisations (not the original bytes). */
	static boolean isRdf(MediaType type) {
		return RDF_TYPES.stream().anyMatch(type::equalsTypeAndSubtype);
	}

	/** Serialises a record's graph; N-Quads name the graph with the record IRI. */
	static byte[] write(Graph graph, String recordIri, MediaType type) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (RdfMediaTypes.N_QUADS.equalsTypeAndSubtype(type)) {
			DatasetGraph dataset = DatasetGraphFactory.create();
			dataset.addGraph(NodeFactory.createURI(recordIri), graph);
			RDFDataMgr.write(out, dataset, Lang.NQUADS);
		}
		else if (RdfMediaTypes.N_TRIPLES.equalsTypeAndSubtype(type)) {
			RDFDataMgr.write(out, graph, Lang.NTRIPLES);
		}
		else {
			graph.getPrefixMapping()
				.setNsPrefix("cr", "https://w3id.org/consent-registry/vocab#")
				.setNsPrefix("cred", "https://www.w3.org/2018/credentials#")
				.setNsPrefix("odrl", "http://www.w3.org/ns/odrl/2/")
				.setNsPrefix("dcterms", "http://purl.org/dc/terms/")
				.setNsPrefix("schema", "https://schema.org/")
				.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
			RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
		}
		return out.toByteArray();
	}

}
