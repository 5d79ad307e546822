package org.consentregistry.registry.consent;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the W3C Verifiable Credentials vocabulary
 * ({@code https://www.w3.org/2018/credentials#}) and of the other vocabularies a consent
 * credential uses.
 */
final class VC {

	static final String NS = "https://www.w3.org/2018/credentials#";

	static final Node VerifiableCredential = NodeFactory.createURI(NS + "VerifiableCredential");

	static final Node credentialSubject = NodeFactory.createURI(NS + "credentialSubject");

	static final Node issuer = NodeFactory.createURI(NS + "issuer");

	static final Node validFrom = NodeFactory.createURI(NS + "validFrom");

	static final Node validUntil = NodeFactory.createURI(NS + "validUntil");

	static final String DCTERMS = "http://purl.org/dc/terms/";

	static final Node title = NodeFactory.createURI(DCTERMS + "title");

	/**
	 * The work's media type: VC 2.0 protects {@code mediaType} as schema:encodingFormat.
	 */
	static final Node encodingFormat = NodeFactory.createURI("https://schema.org/encodingFormat");

	/**
	 * The work's description: VC 2.0 protects {@code description} as schema:description.
	 */
	static final Node description = NodeFactory.createURI("https://schema.org/description");

	private VC() {
	}

}
