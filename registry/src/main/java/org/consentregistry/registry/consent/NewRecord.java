package org.consentregistry.registry.consent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.jena.graph.Node;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
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

	/**
	 * The record for a verified credential: its id, graph (at most {@code maxTriples}
	 * triples) and work.
	 * @throws ProblemException if the credential's id, graph or work is not acceptable
	 */
	static NewRecord of(VerifiedCredential credential, String mediaType, RecordIris iris, int maxTriples) {
		String credentialId = (credential.id() != null) ? credential.id() : "";
		RecordId id = RecordId.ofCredentialId(credentialId)
			.orElseThrow(() -> new ProblemException(Problem.INVALID_CREDENTIAL_ID,
					"Expected the credential id to be urn:uuid:<uuid> but it is '" + credentialId + "'"));
		CredentialGraph graph = CredentialGraph.parse(credential.canonicalDocument(), credentialId, maxTriples);
		String work = graph.work()
			.orElseThrow(() -> new ProblemException(Problem.SHACL_VIOLATION,
					"Expected one credentialSubject with an IRI id (the work) but found none"));
		return new NewRecord(id, iris.node(id), credential, graph, work, mediaType,
				ConsentSubmissions.sha256(credential.original()),
				ConsentSubmissions.sha256(credential.canonicalDocument().getBytes(StandardCharsets.UTF_8)));
	}

}
