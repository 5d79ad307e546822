package org.consentregistry.registry.consent;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.jspecify.annotations.Nullable;

/**
 * Small named factories of credentials as the pipeline hands them to the store: verified
 * (the proof is not looked at here), with their graph given as Turtle.
 */
final class StoredCredentials {

	static final String ISSUER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

	static final String OTHER_ISSUER = "did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG";

	static final String WORK = "urn:uuid:5d0f3c2a-8b7e-4f1a-9c3d-2e1f0a9b8c7d";

	static final String PREFIXES = """
			@prefix cr: <https://w3id.org/consent-registry/vocab#> .
			@prefix cred: <https://www.w3.org/2018/credentials#> .
			@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
			@prefix dcterms: <http://purl.org/dc/terms/> .
			@prefix schema: <https://schema.org/> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			""";

	private StoredCredentials() {
	}

	/** A consent credential refusing generative AI training and allowing search. */
	static String consentTurtle(String uuid, String issuer, Instant validFrom, @Nullable String replaces,
			String prohibitedAction) {
		return PREFIXES + "<urn:uuid:" + uuid + "> a cred:VerifiableCredential, cr:ConsentCredential ;\n"
				+ "  cred:issuer <" + issuer + "> ;\n" + "  cred:validFrom \"" + validFrom + "\"^^xsd:dateTime ;\n"
				+ ((replaces != null) ? "  cr:replaces <urn:uuid:" + replaces + "> ;\n" : "")
				+ "  cred:credentialSubject <" + WORK + "> .\n" + "<" + WORK + "> a cr:Work ;\n"
				+ "  dcterms:title \"Harbour at dusk\" ; cr:creatorName \"Ada Example\" ;\n"
				+ "  schema:encodingFormat \"image/jpeg\" ;\n"
				+ "  cr:identifier [ a cr:ExactUrl ; cr:url \"https://art.example/works/harbour.jpg\"^^xsd:anyURI ] ;\n"
				+ "  odrl:hasPolicy [ a odrl:Set ; odrl:permission [ odrl:action cr:searchIndexing ] ;\n"
				+ "    odrl:prohibition [ odrl:action cr:" + prohibitedAction + " ] ] .\n";
	}

	/** A withdrawal of {@code replaces}. */
	static String withdrawalTurtle(String uuid, String issuer, Instant validFrom, String replaces) {
		return PREFIXES + "<urn:uuid:" + uuid + "> a cred:VerifiableCredential, cr:ConsentWithdrawal ;\n"
				+ "  cred:issuer <" + issuer + "> ;\n" + "  cred:validFrom \"" + validFrom + "\"^^xsd:dateTime ;\n"
				+ "  cr:replaces <urn:uuid:" + replaces + "> ;\n" + "  cred:credentialSubject <" + WORK + "> .\n";
	}

	static Graph graph(String turtle) {
		return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
	}

	/** The credential as the verifier would hand it over, with made-up original bytes. */
	static VerifiedCredential verified(String uuid, String issuer, Instant validFrom, String turtle, String original) {
		StringWriter nquads = new StringWriter();
		RDFDataMgr.write(nquads, graph(turtle), Lang.NTRIPLES);
		return new VerifiedCredential("urn:uuid:" + uuid, issuer, issuer + "#key", validFrom, validFrom, null,
				nquads.toString(), original.getBytes(StandardCharsets.UTF_8));
	}

	/** What the pipeline hands to the store for a credential. */
	static NewRecord newRecord(RecordIris iris, VerifiedCredential credential) {
		RecordId id = RecordId.ofCredentialId(credential.id()).orElseThrow();
		CredentialGraph graph = CredentialGraph.parse(credential.canonicalDocument(), credential.id(), 10_000);
		return new NewRecord(id, iris.node(id), credential, graph, graph.work().orElseThrow(), "application/vc",
				ConsentSubmissions.sha256(credential.original()),
				ConsentSubmissions.sha256(credential.canonicalDocument().getBytes(StandardCharsets.UTF_8)));
	}

}
