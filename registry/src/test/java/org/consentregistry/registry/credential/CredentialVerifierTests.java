package org.consentregistry.registry.credential;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sign and verify round trips, and every {@link Reason} of a refusal.
 */
class CredentialVerifierTests {

	private static final String ID = "urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

	private final CredentialVerifier verifier = new CredentialVerifier(NOW);

	private final CredentialSigner signer = new CredentialSigner();

	@Test
	void verifiesCredentialSignedByItsIssuer() throws Exception {
		byte[] signed = TestCredentials.sign(TestCredentials.exampleUnsigned(ID));
		VerifiedCredential verified = this.verifier.verify(signed);
		assertThat(verified.id()).isEqualTo(ID);
		assertThat(verified.issuer()).isEqualTo(TestCredentials.CREATOR.did());
		assertThat(verified.verificationMethod()).isEqualTo(TestCredentials.CREATOR.verificationMethod());
		assertThat(verified.proofCreated()).isEqualTo(TestCredentials.CREATED);
		assertThat(verified.validFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(verified.validUntil()).isNull();
		assertThat(verified.original()).isEqualTo(signed);
		assertThat(verified.canonicalDocument())
			.contains("<" + ID + "> <https://www.w3.org/2018/credentials#issuer> <" + TestCredentials.CREATOR.did()
					+ "> .\n")
			.doesNotContain("proofValue");
	}

	@Test
	void verifiesIssuerGivenAsObjectWithId() throws Exception {
		byte[] signed = sign(edit(TestCredentials.exampleUnsigned(ID),
				(doc) -> Json.createObjectBuilder(doc)
					.add("issuer",
							Json.createObjectBuilder().add("id", TestCredentials.CREATOR.did()).add("name", "Ada"))
					.build()));
		assertThat(this.verifier.verify(signed).issuer()).isEqualTo(TestCredentials.CREATOR.did());
	}

	@Test
	void verifiesProofSetAndNamesTheIssuersProof() throws Exception {
		JsonObject signedByOther = new CredentialSigner().addProof(
				JsonBytes.parseObject(TestCredentials.sign(TestCredentials.exampleUnsigned(ID))),
				TestCredentials.OTHER_CREATOR, TestCredentials.CREATED);
		assertThat(signedByOther.get("proof").asJsonArray()).hasSize(2);
		VerifiedCredential verified = this.verifier.verify(JsonBytes.write(signedByOther));
		assertThat(verified.verificationMethod()).isEqualTo(TestCredentials.CREATOR.verificationMethod());
	}

	@Test
	void verifiesProofGivenAsArrayOfOne() throws Exception {
		byte[] signed = edit(TestCredentials.sign(TestCredentials.exampleUnsigned(ID)),
				(doc) -> with(doc, "proof", Json.createArrayBuilder().add(doc.get("proof")).build()));
		assertThat(this.verifier.verify(signed).issuer()).isEqualTo(TestCredentials.CREATOR.did());
	}

	@Test
	void signingRefusesCredentialOfAnotherIssuer() {
		byte[] unsigned = TestCredentials.exampleUnsigned(ID).getBytes(StandardCharsets.UTF_8);
		assertRefused(() -> this.signer.sign(unsigned, TestCredentials.OTHER_CREATOR, TestCredentials.CREATED),
				Reason.ISSUER_MISMATCH);
	}

	@Test
	void rejectsBytesThatAreNotJson() {
		assertRefused(() -> this.verifier.verify("{\"@context\": ".getBytes(StandardCharsets.UTF_8)), Reason.MALFORMED);
	}

	@Test
	void rejectsJsonThatIsNotAnObject() {
		assertRefused(() -> this.verifier.verify("[1, 2]".getBytes(StandardCharsets.UTF_8)), Reason.MALFORMED);
	}

	@Test
	void rejectsDuplicateKeys() {
		String unsigned = TestCredentials.exampleUnsigned(ID);
		String duplicated = unsigned.replace("\"id\": \"" + ID + "\"",
				"\"id\": \"" + ID + "\", \"id\": \"urn:uuid:00000000-0000-0000-0000-000000000000\"");
		assertThat(duplicated).isNotEqualTo(unsigned);
		assertRefused(() -> this.verifier.verify(duplicated.getBytes(StandardCharsets.UTF_8)), Reason.MALFORMED);
	}

	@Test
	void rejectsCredentialWithoutProof() {
		byte[] unsigned = TestCredentials.exampleUnsigned(ID).getBytes(StandardCharsets.UTF_8);
		assertRefused(() -> this.verifier.verify(unsigned), Reason.UNSIGNED);
	}

	@Test
	void rejectsProofOfAnotherCryptosuite() {
		byte[] signed = editProof((proof) -> with(proof, "cryptosuite", Json.createValue("eddsa-jcs-2022")));
		assertRefused(() -> this.verifier.verify(signed), Reason.UNKNOWN_CRYPTOSUITE);
	}

	@Test
	void rejectsProofOfAnotherType() {
		byte[] signed = editProof((proof) -> with(proof, "type", Json.createValue("Ed25519Signature2020")));
		assertRefused(() -> this.verifier.verify(signed), Reason.UNKNOWN_CRYPTOSUITE);
	}

	@Test
	void rejectsCredentialWithBadSignatureAfterClaimChanged() {
		byte[] signed = edit(TestCredentials.sign(TestCredentials.exampleUnsigned(ID)),
				(doc) -> with(doc, "validFrom", Json.createValue("2025-01-01T00:00:00Z")));
		assertRefused(() -> this.verifier.verify(signed), Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsCredentialWithBadSignatureAfterProofChanged() {
		byte[] signed = editProof((proof) -> with(proof, "created", Json.createValue("2026-01-02T00:00:00Z")));
		assertRefused(() -> this.verifier.verify(signed), Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsProofValueThatIsNotBase58btc() {
		byte[] signed = editProof((proof) -> with(proof, "proofValue", Json.createValue("u3q2w")));
		assertRefused(() -> this.verifier.verify(signed), Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsProofWithAnotherPurpose() {
		byte[] signed = editProof((proof) -> with(proof, "proofPurpose", Json.createValue("authentication")));
		assertRefused(() -> this.verifier.verify(signed), Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsVerificationMethodThatIsNotDidKey() {
		byte[] signed = editProof(
				(proof) -> with(proof, "verificationMethod", Json.createValue("https://creator.example/keys/1")));
		assertRefused(() -> this.verifier.verify(signed), Reason.UNRESOLVABLE_KEY);
	}

	@Test
	void rejectsDidKeyThatIsNotEd25519() {
		String p256 = "did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76";
		byte[] signed = editProof((proof) -> with(proof, "verificationMethod",
				Json.createValue(p256 + "#zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76")));
		assertRefused(() -> this.verifier.verify(signed), Reason.UNRESOLVABLE_KEY);
	}

	@Test
	void rejectsCredentialSignedOnlyByAnotherKey() throws Exception {
		JsonObject unsigned = JsonBytes
			.parseObject(TestCredentials.exampleUnsigned(ID).getBytes(StandardCharsets.UTF_8));
		byte[] signed = JsonBytes
			.write(this.signer.addProof(unsigned, TestCredentials.OTHER_CREATOR, TestCredentials.CREATED));
		assertRefused(() -> this.verifier.verify(signed), Reason.ISSUER_MISMATCH);
	}

	@Test
	void rejectsCredentialNotYetValid() {
		byte[] signed = sign(edit(TestCredentials.exampleUnsigned(ID),
				(doc) -> with(doc, "validFrom", Json.createValue("2026-06-01T00:00:01Z"))));
		assertRefused(() -> this.verifier.verify(signed), Reason.NOT_YET_VALID);
	}

	@Test
	void rejectsExpiredCredential() {
		byte[] signed = sign(edit(TestCredentials.exampleUnsigned(ID),
				(doc) -> with(doc, "validUntil", Json.createValue("2026-05-31T23:59:59Z"))));
		assertRefused(() -> this.verifier.verify(signed), Reason.EXPIRED);
	}

	@Test
	void acceptsCredentialOnTheLastInstantOfItsValidity() throws Exception {
		byte[] signed = sign(edit(TestCredentials.exampleUnsigned(ID),
				(doc) -> with(doc, "validUntil", Json.createValue("2026-06-01T00:00:00Z"))));
		assertThat(this.verifier.verify(signed).validUntil()).isEqualTo(NOW.instant());
	}

	@Test
	void verifiesProofWithExpiresThroughTheJsonLdProofConfiguration() throws Exception {
		byte[] signed = signWithExpires("2026-12-31T00:00:00Z");
		assertThat(this.verifier.verify(signed).issuer()).isEqualTo(TestCredentials.CREATOR.did());
	}

	@Test
	void rejectsExpiredProof() throws Exception {
		byte[] signed = signWithExpires("2026-05-01T00:00:00Z");
		assertRefused(() -> this.verifier.verify(signed), Reason.EXPIRED);
	}

	/**
	 * A proof with {@code expires}, which the signer does not write (Data Integrity
	 * §2.1).
	 */
	private static byte[] signWithExpires(String expires) throws CredentialException {
		EddsaRdfc2022 suite = new EddsaRdfc2022(new RdfCanonicalizer(OfflineDocumentLoader.BUNDLED_ONLY));
		JsonObject unsigned = JsonBytes
			.parseObject(TestCredentials.exampleUnsigned(ID).getBytes(StandardCharsets.UTF_8));
		JsonObject options = Json.createObjectBuilder()
			.add("type", "DataIntegrityProof")
			.add("cryptosuite", "eddsa-rdfc-2022")
			.add("created", "2026-01-01T00:00:00Z")
			.add("expires", expires)
			.add("verificationMethod", TestCredentials.CREATOR.verificationMethod())
			.add("proofPurpose", "assertionMethod")
			.build();
		assertThat(StandardProofConfig.canonical(options, unsigned)).isEmpty();
		byte[] signature = TestCredentials.CREATOR
			.sign(EddsaRdfc2022.hashData(suite.configure(options, unsigned), suite.transform(unsigned)));
		JsonObject proof = Json.createObjectBuilder(options).add("proofValue", Multibase.encode(signature)).build();
		return JsonBytes.write(with(unsigned, "proof", proof));
	}

	@Test
	void reportsConflictingBundledContextsAsMalformed() {
		byte[] unsigned = edit(TestCredentials.exampleUnsigned(ID),
				(doc) -> with(doc, "@context",
						Json.createArrayBuilder(doc.getJsonArray("@context"))
							.add("https://w3id.org/security/data-integrity/v2")
							.build()));
		assertRefused(() -> this.verifier.verify(unsigned), Reason.MALFORMED);
	}

	static void assertRefused(ThrowingCallable call, Reason reason) {
		assertThatExceptionOfType(CredentialException.class).isThrownBy(call)
			.extracting(CredentialException::reason)
			.isEqualTo(reason);
	}

	private static byte[] sign(byte[] unsigned) {
		return TestCredentials.sign(new String(unsigned, StandardCharsets.UTF_8));
	}

	private static byte[] editProof(UnaryOperator<JsonObject> change) {
		return edit(TestCredentials.sign(TestCredentials.exampleUnsigned(ID)),
				(doc) -> with(doc, "proof", change.apply(doc.getJsonObject("proof"))));
	}

	static byte[] edit(String json, UnaryOperator<JsonObject> change) {
		return edit(json.getBytes(StandardCharsets.UTF_8), change);
	}

	static byte[] edit(byte[] json, UnaryOperator<JsonObject> change) {
		try {
			return JsonBytes.write(change.apply(JsonBytes.parseObject(json)));
		}
		catch (CredentialException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	static JsonObject with(JsonObject object, String name, jakarta.json.JsonValue value) {
		JsonObjectBuilder builder = Json.createObjectBuilder(object);
		return builder.add(name, value).build();
	}

}
