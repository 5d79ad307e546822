package org.consentregistry.registry.credential;

import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof configuration shortcut gives exactly what JSON-LD processing gives (VC DI
 * EdDSA §3.3.5), and applies only where it may.
 */
class StandardProofConfigTests {

	private static final String DIR = "vc-di-eddsa/TestVectors/";

	private final EddsaRdfc2022 suite = new EddsaRdfc2022(new RdfCanonicalizer(Conformance.TEST_LOADER));

	static Stream<Arguments> proofsAndDocuments() throws Exception {
		JsonObject alumni = Conformance.json(DIR + "unsigned.json");
		JsonObject consent = JsonBytes
			.parseObject(TestCredentials.sign(TestCredentials.consentUnsigned("urn:uuid:1", "urn:uuid:2")));
		JsonObject example = JsonBytes.parseObject(TestCredentials.sign(TestCredentials.exampleUnsigned("urn:uuid:3")));
		Stream.Builder<Arguments> cases = Stream.builder();
		JsonObject vectorConfig = Conformance.json(DIR + "eddsa-rdfc-2022/proofConfigDataInt.json");
		cases.add(Arguments.of("vector config", Json.createObjectBuilder(vectorConfig).remove("@context").build(),
				alumni));
		for (String file : new String[] { "proofSetConfig1.json", "proofSetConfig2.json", "proofChainConfig1.json",
				"proofChainConfig2.json" }) {
			cases.add(Arguments.of(file, Conformance.json(DIR + "proof-set-chain/" + file), alumni));
		}
		for (JsonValue proof : proofs(Conformance.json(DIR + "proof-set-chain/signedProofChain2.json"))) {
			cases.add(Arguments.of("chain proof", options(proof.asJsonObject()), alumni));
		}
		cases.add(Arguments.of("consent proof", options(consent.getJsonObject("proof")), ProofSet.unsecured(consent)));
		cases.add(Arguments.of("example proof", options(example.getJsonObject("proof")), ProofSet.unsecured(example)));
		JsonObject withoutCreated = Json.createObjectBuilder(options(consent.getJsonObject("proof")))
			.remove("created")
			.build();
		cases.add(Arguments.of("without created", withoutCreated, ProofSet.unsecured(consent)));
		JsonObject withFraction = Json.createObjectBuilder(options(consent.getJsonObject("proof")))
			.add("created", "2026-01-01T00:00:00.123+02:00")
			.build();
		cases.add(Arguments.of("created with fraction and offset", withFraction, ProofSet.unsecured(consent)));
		return cases.build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("proofsAndDocuments")
	void givesWhatJsonLdGives(String name, JsonObject proofOptions, JsonObject document) throws Exception {
		assertThat(StandardProofConfig.canonical(proofOptions, document))
			.contains(this.suite.configureByJsonLd(proofOptions, document));
	}

	@Test
	void doesNotApplyToTestOnlyContextsOrOtherProperties() throws Exception {
		JsonObject employ = Conformance.json(DIR + "employmentAuth.json");
		JsonObject config = Conformance.json(DIR + "eddsa-rdfc-2022/employ/proofConfigDataInt.json");
		assertThat(StandardProofConfig.canonical(config, employ)).isEmpty();
		JsonObject alumni = Conformance.json(DIR + "unsigned.json");
		JsonObject vector = Conformance.json(DIR + "eddsa-rdfc-2022/proofConfigDataInt.json");
		assertThat(StandardProofConfig.canonical(vector, alumni)).as("@context in options").isEmpty();
		vector = Json.createObjectBuilder(vector).remove("@context").build();
		assertThat(StandardProofConfig.canonical(vector, alumni)).isPresent();
		assertThat(StandardProofConfig.canonical(Json.createObjectBuilder(vector).add("nonce", "abc").build(), alumni))
			.isEmpty();
		assertThat(StandardProofConfig.canonical(
				Json.createObjectBuilder(vector).add("verificationMethod", "https://x.example/k").build(), alumni))
			.isEmpty();
		assertThat(StandardProofConfig.canonical(Json.createObjectBuilder(vector).add("created", 5).build(), alumni))
			.isEmpty();
	}

	/**
	 * The shortcut assumes no bundled context makes {@code did:} or {@code urn:} a
	 * compact IRI.
	 */
	@Test
	void noBundledContextDefinesDidOrUrnTerms() throws Exception {
		RdfCanonicalizer canonicalizer = new RdfCanonicalizer(OfflineDocumentLoader.BUNDLED_ONLY);
		for (String url : OfflineDocumentLoader.BUNDLED.keySet()) {
			JsonObject probe = Json.createObjectBuilder()
				.add("@context", url)
				.add("@id", "did:example:a")
				.add("https://example.org/p", Json.createObjectBuilder().add("@id", "urn:example:b"))
				.build();
			String canonical;
			try {
				canonical = canonicalizer.canonicalize(probe);
			}
			catch (CredentialException ex) {
				throw new AssertionError(url + ": " + ex.getCause(), ex);
			}
			assertThat(canonical).as(url).isEqualTo("<did:example:a> <https://example.org/p> <urn:example:b> .\n");
		}
	}

	private static JsonArray proofs(JsonObject signed) {
		return signed.getJsonArray("proof");
	}

	private static JsonObject options(JsonObject proof) {
		return Json.createObjectBuilder(proof).remove("proofValue").build();
	}

}
