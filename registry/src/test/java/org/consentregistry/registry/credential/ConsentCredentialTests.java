package org.consentregistry.registry.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent credentials in the shared data model, with the registry's own context served
 * from the {@code schemas} module, sign and verify, and their canonical graph uses our
 * vocabulary and ODRL.
 */
class ConsentCredentialTests {

	private static final String ID = "urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	private static final String WORK = "urn:uuid:5d0f2b1c-7c1e-4f7e-9a3b-2f6d8e9a0b1c";

	private final CredentialVerifier verifier = new CredentialVerifier(
			Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

	@Test
	void verifiesSignedConsentCredential() throws Exception {
		VerifiedCredential verified = this.verifier
			.verify(TestCredentials.sign(TestCredentials.consentUnsigned(ID, WORK)));
		assertThat(verified.issuer()).isEqualTo(TestCredentials.CREATOR.did());
		assertThat(verified.canonicalDocument())
			.contains("<" + ID + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
					+ "<https://w3id.org/consent-registry/vocab#ConsentCredential> .\n")
			.contains("<http://www.w3.org/ns/odrl/2/action> <https://w3id.org/consent-registry/vocab#aiTraining>")
			.contains(
					"<http://www.w3.org/ns/odrl/2/action> <https://w3id.org/consent-registry/vocab#generativeAiTraining>")
			.contains("<" + WORK + "> <http://purl.org/dc/terms/title> \"Harbour at dusk\" .\n");
	}

	@Test
	void verifiesSignedWithdrawal() throws Exception {
		VerifiedCredential verified = this.verifier
			.verify(TestCredentials.sign(TestCredentials.withdrawalUnsigned("urn:uuid:1", ID, WORK)));
		assertThat(verified.canonicalDocument())
			.contains("<urn:uuid:1> <https://w3id.org/consent-registry/vocab#replaces> <" + ID + "> .\n");
	}

}
