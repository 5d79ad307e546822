package org.consentregistry.registry.credential;

import java.time.Instant;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The two complete {@code eddsa-rdfc-2022} test vector sets of W3C VC DI EdDSA (Appendix
 * A.2 "Representation: eddsa-rdfc-2022"), reproduced step by step and byte for byte. They
 * were produced by Digital Bazaar's implementation, so they are also the interoperability
 * tests: "a credential another implementation signed verifies here", and "ours verifies
 * there" because our signature of the unsigned vector with the vector's key is identical
 * to theirs.
 */
class EddsaRdfc2022VectorTests {

	private final EddsaRdfc2022 suite = new EddsaRdfc2022(new RdfCanonicalizer(Conformance.TEST_LOADER));

	static Stream<Arguments> vectorSets() {
		return Stream.of(Arguments.of("vc-di-eddsa/TestVectors/eddsa-rdfc-2022/", "unsigned.json"),
				Arguments.of("vc-di-eddsa/TestVectors/eddsa-rdfc-2022/employ/", "employmentAuth.json"));
	}

	private static JsonObject unsigned(String input) {
		return Conformance.json("vc-di-eddsa/TestVectors/" + input);
	}

	private static SigningKey vectorKey() throws CredentialException {
		JsonObject pair = Conformance.json("vc-di-eddsa/TestVectors/keyPair.json");
		SigningKey key = SigningKey.fromSecretKeyMultibase(pair.getString("privateKeyMultibase"));
		assertThat(key.publicKeyMultibase()).isEqualTo(pair.getString("publicKeyMultibase"));
		return key;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectorSets")
	void reproducesCanonicalDocument(String dir, String input) throws Exception {
		assertThat(this.suite.transform(unsigned(input))).isEqualTo(Conformance.text(dir + "canonDocDataInt.txt"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectorSets")
	void reproducesCanonicalProofConfiguration(String dir, String input) throws Exception {
		JsonObject config = Conformance.json(dir + "proofConfigDataInt.json");
		assertThat(this.suite.configure(config, unsigned(input)))
			.isEqualTo(Conformance.text(dir + "proofCanonDataInt.txt"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectorSets")
	void reproducesHashesSignatureAndProofValue(String dir, String input) throws Exception {
		String canonicalDocument = Conformance.text(dir + "canonDocDataInt.txt");
		String canonicalConfig = Conformance.text(dir + "proofCanonDataInt.txt");
		assertThat(Conformance.hex(EddsaRdfc2022.sha256(canonicalDocument)))
			.isEqualTo(Conformance.text(dir + "docHashDataInt.txt").strip());
		assertThat(Conformance.hex(EddsaRdfc2022.sha256(canonicalConfig)))
			.isEqualTo(Conformance.text(dir + "proofHashDataInt.txt").strip());
		byte[] hashData = EddsaRdfc2022.hashData(canonicalConfig, canonicalDocument);
		assertThat(Conformance.hex(hashData)).isEqualTo(Conformance.text(dir + "combinedHashDataInt.txt").strip());
		byte[] signature = vectorKey().sign(hashData);
		assertThat(Conformance.hex(signature)).isEqualTo(Conformance.text(dir + "sigHexDataInt.txt").strip());
		assertThat(Multibase.encode(signature)).isEqualTo(Conformance.text(dir + "sigBTC58DataInt.txt").strip());
	}

	/** Interop, "ours verifies there": our signed document is theirs. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("vectorSets")
	void signingTheUnsignedVectorReproducesDigitalBazaarsSignedDocument(String dir, String input) throws Exception {
		JsonObject config = Conformance.json(dir + "proofConfigDataInt.json");
		CredentialSigner signer = new CredentialSigner(Conformance.TEST_LOADER);
		JsonObject signed = signer.addProof(unsigned(input), vectorKey(), Instant.parse(config.getString("created")));
		assertThat(signed).isEqualTo(Conformance.json(dir + "signedDataInt.json"));
	}

	/** Interop, "theirs verifies here": every proof of their signed document verifies. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("vectorSets")
	void digitalBazaarsSignedDocumentVerifies(String dir, String input) throws Exception {
		JsonObject signed = Conformance.json(dir + "signedDataInt.json");
		JsonObject unsecured = ProofSet.unsecured(signed);
		new ProofSet(this.suite).verifyAll(unsecured, this.suite.transform(unsecured), ProofSet.read(signed));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectorSets")
	void verifierRefusesTheVectorOnlyBecauseItsIssuerIsNotTheSigningKey(String dir, String input) {
		CredentialVerifier verifier = new CredentialVerifier(java.time.Clock.systemUTC(), Conformance.TEST_LOADER);
		byte[] signed = Conformance.bytes(dir + "signedDataInt.json");
		assertThatExceptionOfType(CredentialException.class).isThrownBy(() -> verifier.verify(signed))
			.extracting(CredentialException::reason)
			.isEqualTo(Reason.ISSUER_MISMATCH);
	}

}
