package org.consentregistry.registry.consent;

import java.time.Instant;

import org.apache.jena.graph.Node;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.jspecify.annotations.Nullable;

/**
 * A verified, valid credential about to be recorded.
 *
 * @param id the record id (from the credential's urn:uuid id)
 * @param iri the record IRI, also the name of its graph
 * @param credential the verified credential
 * @param graph its RDF graph
 * @param work the work's IRI
 * @param mediaType the media type it was submitted with
 * @param sha256 SHA-256 of the submitted bytes, hex
 * @param canonicalSha256 SHA-256 of the canonical N-Quads, hex
 */
record NewRecord(RecordId id, Node iri, VerifiedCredential credential, CredentialGraph graph, String work,
		String mediaType, String sha256, String canonicalSha256) {

	/** The credential's {@code validFrom}, else its proof's {@code created}. */
	@Nullable Instant issued() {
		return (this.credential.validFrom() != null) ? this.credential.validFrom() : this.credential.proofCreated();
	}

}
