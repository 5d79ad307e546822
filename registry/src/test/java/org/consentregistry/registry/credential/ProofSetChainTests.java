package org.consentregistry.registry.credential;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof-set and proof-chain documents of the W3C VC DI EdDSA test vectors
 * ({@code TestVectors/proof-set-chain/}, signed by Digital Bazaar's implementation):
 * every proof verifies (Data Integrity §4.5 Verify Proof Sets and Chains), and a broken
 * member or chain link is refused.
 */
class ProofSetChainTests {

	private static final String DIR = "vc-di-eddsa/TestVectors/proof-set-chain/";

	private final EddsaRdfc2022 suite = new EddsaRdfc2022(new RdfCanonicalizer(Conformance.TEST_LOADER));

	private final ProofSet proofSet = new ProofSet(this.suite);

	@ParameterizedTest
	@ValueSource(strings = { "signedProofSet1.json", "signedProofSet2.json", "signedProofChain1.json",
			"signedProofChain2.json" })
	void verifiesEveryProofOfDigitalBazaarsDocument(String file) throws Exception {
		JsonObject signed = Conformance.json(DIR + file);
		verifyAll(signed);
		JsonValue proof = signed.get("proof");
		int count = (proof.getValueType() == JsonValue.ValueType.ARRAY) ? proof.asJsonArray().size() : 1;
		assertThat(ProofSet.read(signed)).hasSize(count);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3 })
	void refusesChainWithAnyProofValueReplacedByAnother(int index) {
		JsonObject signed = Conformance.json(DIR + "signedProofChain2.json");
		var proofs = signed.getJsonArray("proof");
		String otherValue = proofs.getJsonObject((index + 1) % proofs.size()).getString("proofValue");
		JsonArrayBuilder changed = Json.createArrayBuilder();
		for (int i = 0; i < proofs.size(); i++) {
			JsonObject proof = proofs.getJsonObject(i);
			changed.add((i != index) ? proof : Json.createObjectBuilder(proof).add("proofValue", otherValue).build());
		}
		JsonObject tampered = Json.createObjectBuilder(signed).add("proof", changed).build();
		CredentialVerifierTests.assertRefused(() -> verifyAll(tampered), Reason.BAD_SIGNATURE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 2 })
	void refusesChainWhosePreviousProofIsMissing(int removed) {
		JsonObject signed = Conformance.json(DIR + "signedProofChain2.json");
		JsonArrayBuilder remaining = Json.createArrayBuilder();
		var proofs = signed.getJsonArray("proof");
		for (int i = 0; i < proofs.size(); i++) {
			if (i != removed) {
				remaining.add(proofs.get(i));
			}
		}
		JsonObject broken = Json.createObjectBuilder(signed).add("proof", remaining).build();
		CredentialVerifierTests.assertRefused(() -> verifyAll(broken), Reason.BAD_SIGNATURE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "signedProofSet2.json", "signedProofChain2.json" })
	void refusesDocumentWithChangedClaim(String file) {
		JsonObject signed = Conformance.json(DIR + file);
		JsonObject changed = Json.createObjectBuilder(signed).add("name", JsonValue.EMPTY_JSON_OBJECT).build();
		CredentialVerifierTests.assertRefused(() -> verifyAll(changed), Reason.BAD_SIGNATURE);
	}

	private void verifyAll(JsonObject signed) throws CredentialException {
		JsonObject unsecured = ProofSet.unsecured(signed);
		this.proofSet.verifyAll(unsecured, this.suite.transform(unsecured), ProofSet.read(signed));
	}

}
