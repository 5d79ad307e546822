package org.consentregistry.registry.system;

import java.util.List;

import org.springframework.http.MediaType;

/**
 * The media types of credentials and RDF that the registry reads and writes.
 */
public final class RdfMediaTypes {

	/** A Verifiable Credential, secured or not (VC 2.0 §6.3). */
	public static final MediaType VC = MediaType.parseMediaType("application/vc");

	/** The VC 1.1-era media type of a JSON-LD credential. */
	public static final MediaType VC_LD_JSON = MediaType.parseMediaType("application/vc+ld+json");

	/** JSON-LD 1.1. */
	public static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

	/** RDF 1.1 Turtle. */
	public static final MediaType TURTLE = MediaType.parseMediaType("text/turtle");

	/** RDF 1.1 N-Triples. */
	public static final MediaType N_TRIPLES = MediaType.parseMediaType("application/n-triples");

	/** RDF 1.1 N-Quads. */
	public static final MediaType N_QUADS = MediaType.parseMediaType("application/n-quads");

	/** The media types a credential can be submitted with, preferred first. */
	public static final List<MediaType> CREDENTIAL_TYPES = List.of(VC, VC_LD_JSON, LD_JSON, MediaType.APPLICATION_JSON);

	private RdfMediaTypes() {
	}

}
