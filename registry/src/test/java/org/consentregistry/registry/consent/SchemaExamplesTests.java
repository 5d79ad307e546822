package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.consentregistry.registry.credential.CredentialVerifier;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard tests of {@code schemas/}: every valid example, converted from JSON-LD to RDF
 * offline, conforms to the SHACL shapes, and every invalid example fails with the
 * violation recorded for it in {@code examples/invalid/expected-violations.json}.
 */
class SchemaExamplesTests {

	private static final Shapes SHAPES = Shapes.parse(ExampleCredentials.turtle(ExampleCredentials.SHAPES));

	private static final String CR = "https://w3id.org/consent-registry/vocab#";

	/** A verification time after every example's validFrom. */
	private static final Clock LATER = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

	@ParameterizedTest(name = "{0}")
	@MethodSource("validExamples")
	void validExampleConformsToShapes(String name) throws JsonLdError {
		ValidationReport report = validate(ExampleCredentials.example("valid/" + name));
		assertThat(report.getEntries()).as(() -> describe(report)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validExamples")
	void validExampleSignsVerifiesAndConformsAsStored(String name) throws Exception {
		String json;
		try (InputStream in = ExampleCredentials.open(ExampleCredentials.EXAMPLES + "valid/" + name)) {
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		VerifiedCredential verified = new CredentialVerifier(LATER).verify(TestCredentials.sign(json));
		Graph stored = RDFParser.fromString(verified.canonicalDocument(), Lang.NQUADS).toGraph();
		assertThat(verified.issuer()).isEqualTo(TestCredentials.CREATOR.did());
		assertThat(stored.isIsomorphicWith(ExampleCredentials.example("valid/" + name))).isTrue();
		assertThat(validate(stored).getEntries()).isEmpty();
	}

	@ParameterizedTest(name = "signed/{0}")
	@MethodSource("signedExamples")
	void signedExampleVerifiesAndStatesItsUnsignedSource(String name) throws Exception {
		byte[] signed;
		try (InputStream in = ExampleCredentials.open(ExampleCredentials.EXAMPLES + "valid/signed/" + name)) {
			signed = in.readAllBytes();
		}
		VerifiedCredential verified = new CredentialVerifier(LATER).verify(signed);
		Graph stored = RDFParser.fromString(verified.canonicalDocument(), Lang.NQUADS).toGraph();
		assertThat(verified.issuer()).isEqualTo(TestCredentials.CREATOR.did());
		assertThat(stored.isIsomorphicWith(ExampleCredentials.example("valid/" + name))).isTrue();
		assertThat(validate(stored).getEntries()).isEmpty();
	}

	@Test
	void everyValidExampleHasASignedCopy() {
		assertThat(ExampleCredentials.names("valid/signed")).isEqualTo(ExampleCredentials.names("valid"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidExamples")
	void invalidExampleFailsWithExpectedViolation(String name, Expectation expected) throws JsonLdError {
		ValidationReport report = validate(ExampleCredentials.example("invalid/" + name));
		assertThat(report.getEntries()).as(() -> describe(report))
			.anySatisfy((entry) -> assertThat(expected.matches(entry)).isTrue());
		assertThat(report.getEntries()).as("every result explains itself to the creator")
			.allSatisfy((entry) -> assertThat(entry.message()).isNotBlank());
	}

	@Test
	void everyInvalidExampleHasAnExpectation() {
		assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(ExampleCredentials.names("invalid"));
		assertThat(ExampleCredentials.names("invalid")).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void examplesCoverRefusalUpdateAndWithdrawal() {
		assertThat(ExampleCredentials.names("valid")).contains("minimal-refusal.json", "full-terms.json",
				"update-with-replaces.json", "withdrawal.json");
	}

	@Test
	void fullExampleExpandsToTheIntendedTriples() throws JsonLdError {
		Graph expected = ExampleCredentials.turtle("/schemas/examples/rdf/full-terms.ttl");
		Graph actual = ExampleCredentials.example("valid/full-terms.json");
		assertThat(actual.isIsomorphicWith(expected)).as("valid/full-terms.json as RDF equals rdf/full-terms.ttl")
			.isTrue();
	}

	@Test
	void signedCredentialKeepsDomainBesideTheProofsDomain() throws Exception {
		// The DataIntegrityProof context of VC 2.0 defines its own "domain": the consent
		// context must leave "domain" unprotected, or every signed credential would fail
		// with a protected term redefinition (JSON-LD 1.1 section 4.1.11).
		String json = """
				{"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/consent-registry/context/v1"],
				 "id": "urn:uuid:7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b",
				 "type": ["VerifiableCredential", "ConsentCredential"],
				 "issuer": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
				 "credentialSubject": {"id": "urn:uuid:e2b7c9d1-3f4a-4b5c-8d6e-7f8091a2b3c4", "type": "Work",
				   "title": "Night ferry", "identifier": [{"type": "Domain", "domain": "art.example"}],
				   "terms": {"type": "Set", "prohibition": [{"action": "tdm"}]}},
				 "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "domain": "registry.example",
				   "proofPurpose": "assertionMethod", "proofValue": "z1111",
				   "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}}
				""";
		Graph graph = ExampleCredentials.toGraph(JsonDocument.of(new StringReader(json)));
		assertThat(graph
			.find(Node.ANY, NodeFactory.createURI(CR + "domain"), NodeFactory.createLiteralString("art.example"))
			.toList()).hasSize(1);
		assertThat(validate(graph).getEntries()).isEmpty();
	}

	@ParameterizedTest(name = "refuse {0}, allow {1}: {2} warning(s)")
	@MethodSource("refusalsBesidePermissions")
	void warnsOfPermissionThatAnUnconditionalRefusalOverrides(String refused, String allowed, int warnings)
			throws JsonLdError {
		Graph graph = ExampleCredentials.toGraph(JsonDocument.of(new StringReader("""
				{"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/consent-registry/context/v1"],
				 "id": "urn:uuid:7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b",
				 "type": ["VerifiableCredential", "ConsentCredential"],
				 "issuer": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
				 "credentialSubject": {"id": "urn:uuid:e2b7c9d1-3f4a-4b5c-8d6e-7f8091a2b3c4", "type": "Work",
				   "title": "Night ferry", "identifier": [{"type": "Domain", "domain": "art.example"}],
				   "terms": {"type": "Set", "prohibition": [%s], "permission": [{"action": "%s"}]}}}
				""".formatted(refused, allowed))));
		ValidationReport report = validate(graph);
		Collection<ReportEntry> entries = report.getEntries();
		assertThat(entries).as(() -> describe(report)).hasSize(warnings);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.severity()).isEqualTo(Severity.Warning);
			assertThat(entry.source().getURI())
				.isEqualTo("https://w3id.org/consent-registry/shapes#UnreachablePermissionShape");
		});
	}

	static Stream<Arguments> refusalsBesidePermissions() {
		return Stream.of(Arguments.of("{\"action\": \"tdm\"}", "genai-train", 1),
				Arguments.of("{\"action\": \"ai-train\"}", "ai-train", 1),
				Arguments.of("{\"action\": \"genai-train\"}", "ai-train", 0),
				Arguments.of("{\"action\": \"tdm\"}", "search", 0),
				Arguments.of("{\"action\": \"tdm\", \"constraint\": [{\"leftOperand\": \"commercialUse\", "
						+ "\"operator\": \"eq\", \"rightOperand\": true}]}", "ai-train", 0));
	}

	@Test
	void mediaTypeIsTheVcContextsEncodingFormat() throws JsonLdError {
		Graph graph = ExampleCredentials.example("valid/full-terms.json");
		assertThat(graph
			.find(Node.ANY, NodeFactory.createURI("https://schema.org/encodingFormat"),
					NodeFactory.createLiteralString("image/jpeg"))
			.toList()).hasSize(1);
	}

	static Stream<String> validExamples() {
		return ExampleCredentials.names("valid").stream();
	}

	static Stream<String> signedExamples() {
		return ExampleCredentials.names("valid/signed").stream();
	}

	static Stream<Arguments> invalidExamples() {
		return expectations().entrySet().stream().map((e) -> Arguments.of(e.getKey(), e.getValue()));
	}

	private static ValidationReport validate(Graph graph) {
		return ShaclValidator.get().validate(SHAPES, graph);
	}

	private static String describe(ValidationReport report) {
		List<String> lines = new ArrayList<>();
		for (ReportEntry entry : report.getEntries()) {
			lines.add(entry.severity().level().getLocalName() + " " + entry.source() + " "
					+ entry.sourceConstraintComponent() + " path=" + entry.resultPath() + " focus=" + entry.focusNode()
					+ ": " + entry.message());
		}
		return String.join("\n", lines);
	}

	private static Map<String, Expectation> expectations() {
		try (InputStream in = ExampleCredentials.open(ExampleCredentials.EXAMPLES + "invalid/expected-violations.json");
				JsonReader reader = Json.createReader(in)) {
			JsonObject manifest = reader.readObject();
			JsonObject prefixes = manifest.getJsonObject("prefixes");
			JsonObject expected = manifest.getJsonObject("expected");
			return expected.keySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap((name) -> name,
						(name) -> Expectation.of(expected.getJsonObject(name), prefixes), (a, b) -> a,
						java.util.TreeMap::new));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The violation an invalid example must produce.
	 *
	 * @param sourceShape the shape IRI
	 * @param resultPath the path IRI, or empty when the result has no path
	 * @param component the constraint component IRI
	 */
	record Expectation(String sourceShape, String resultPath, String component) {

		static Expectation of(JsonObject json, JsonObject prefixes) {
			return new Expectation(expand(json.getString("sourceShape"), prefixes),
					expand(json.getString("resultPath", ""), prefixes),
					expand(json.getString("sourceConstraintComponent"), prefixes));
		}

		boolean matches(ReportEntry entry) {
			boolean path = this.resultPath.isEmpty() ? entry.resultPath() == null
					: entry.resultPath() != null && entry.resultPath().toString().equals("<" + this.resultPath + ">");
			return entry.severity() == Severity.Violation && entry.source().isURI()
					&& entry.source().getURI().equals(this.sourceShape) && path
					&& entry.sourceConstraintComponent().getURI().equals(this.component);
		}

		private static String expand(String compact, JsonObject prefixes) {
			int colon = compact.indexOf(':');
			if (colon < 0 || !prefixes.containsKey(compact.substring(0, colon))) {
				return compact;
			}
			return prefixes.getString(compact.substring(0, colon)) + compact.substring(colon + 1);
		}

		@Override
		public String toString() {
			return this.sourceShape + " " + this.component + " " + this.resultPath;
		}

	}

}
