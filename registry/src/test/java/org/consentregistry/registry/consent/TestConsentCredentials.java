package org.consentregistry.registry.consent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.consentregistry.registry.credential.SigningKey;
import org.consentregistry.registry.credential.TestCredentials;
import org.jspecify.annotations.Nullable;

/**
 * Signed consent credentials and withdrawals in the shared data model, for tests that run
 * the real submission pipeline. Each work gets its own URL so tests do not see each
 * other's records.
 */
public final class TestConsentCredentials {

	private static final String CONTEXTS = "[\"https://www.w3.org/ns/credentials/v2\", "
			+ "\"https://w3id.org/consent-registry/context/v1\"]";

	private TestConsentCredentials() {
	}

	/** A fresh credential id. */
	public static String newId() {
		return "urn:uuid:" + UUID.randomUUID();
	}

	/** The URL a test work is published at. */
	public static String url(String work) {
		return "https://art.example/works/" + work.substring("urn:uuid:".length()) + ".jpg";
	}

	/**
	 * An unsigned consent credential for {@code work}: search allowed, {@code refused}
	 * refused (or nothing refused if {@code null}), ai-train allowed to one co-op with
	 * credit and payment.
	 */
	public static String consent(String id, String issuer, String work, Instant validFrom, @Nullable String replaces,
			@Nullable String refused) {
		String prohibition = (refused != null) ? ", \"prohibition\": [{\"action\": \"" + refused + "\"}]" : "";
		return """
				{
				  "@context": %s,
				  "id": "%s",
				  "type": ["VerifiableCredential", "ConsentCredential"],
				  "issuer": "%s",
				  "validFrom": "%s",%s
				  "credentialSubject": {
				    "id": "%s",
				    "type": "Work",
				    "title": "Harbour at dusk",
				    "creatorName": "Ada Example",
				    "mediaType": "image/jpeg",
				    "identifier": [{"type": "ExactUrl", "url": "%s"}],
				    "terms": {
				      "type": "Set",
				      "permission": [
				        {"action": "search"},
				        {"action": "ai-train",
				         "constraint": [{"leftOperand": "recipient", "operator": "isAnyOf", "rightOperand": ["https://coop.example/"]}],
				         "duty": [{"action": "attribute"}, {"action": "compensate"}]}
				      ]%s
				    }
				  }
				}
				"""
			.formatted(CONTEXTS, id, issuer, validFrom,
					(replaces != null) ? "\n  \"replaces\": \"" + replaces + "\"," : "", work, url(work), prohibition);
	}

	/** An unsigned withdrawal of {@code replaces}. */
	public static String withdrawal(String id, String issuer, String work, Instant validFrom, String replaces) {
		return """
				{
				  "@context": %s,
				  "id": "%s",
				  "type": ["VerifiableCredential", "ConsentWithdrawal"],
				  "issuer": "%s",
				  "validFrom": "%s",
				  "replaces": "%s",
				  "credentialSubject": {"id": "%s"}
				}
				""".formatted(CONTEXTS, id, issuer, validFrom, replaces, work);
	}

	/** Signs with {@code key}. */
	public static byte[] signed(String unsigned, SigningKey key) {
		return TestCredentials.sign(unsigned, key);
	}

	/** The credential's bytes, unsigned. */
	public static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
