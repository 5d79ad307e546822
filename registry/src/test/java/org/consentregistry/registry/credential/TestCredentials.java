package org.consentregistry.registry.credential;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Signed credentials for tests anywhere in the registry, made with fixed, published test
 * keys. Never use these keys for anything but tests: their private halves are in this
 * file.
 */
public final class TestCredentials {

	/**
	 * The key pair of the W3C VC DI EdDSA test vectors
	 * ({@code TestVectors/keyPair.json}):
	 * {@code did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2}, secret key
	 * {@code z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq}.
	 */
	public static final SigningKey CREATOR = SigningKey.fromSeed(seedOfVectorKey());

	/** A second creator: seed {@code 0x01 0x02 … 0x20}. */
	public static final SigningKey OTHER_CREATOR = SigningKey.fromSeed(countingSeed());

	/** The {@code created} time of every test proof. */
	public static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private TestCredentials() {
	}

	/**
	 * An unsigned VC 2.0 credential of {@link #CREATOR} with only bundled W3C contexts.
	 * @param id the credential's {@code id}, for example {@code urn:uuid:…}
	 */
	public static String exampleUnsigned(String id) {
		return exampleUnsigned(id, CREATOR.did());
	}

	/** An unsigned VC 2.0 credential of an issuer, with only bundled W3C contexts. */
	public static String exampleUnsigned(String id, String issuer) {
		return """
				{
				  "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
				  "id": "%s",
				  "type": ["VerifiableCredential", "ExampleConsentCredential"],
				  "issuer": "%s",
				  "validFrom": "2026-01-01T00:00:00Z",
				  "credentialSubject": {"id": "urn:uuid:5d0f7a3e-1b2c-4d5e-8f90-a1b2c3d4e5f6", "title": "Harbour at dusk"}
				}
				"""
			.formatted(id, issuer);
	}

	/**
	 * An unsigned consent credential of {@link #CREATOR} in the shared data model (the
	 * example of the project brief): the work {@code workId} may be searched, and used
	 * for AI training by one co-op until 2027 with credit and payment, but never for
	 * generative training.
	 * @param id the credential's {@code id}, for example {@code urn:uuid:…}
	 * @param workId the work's {@code id}, which stays the same across versions
	 */
	public static String consentUnsigned(String id, String workId) {
		return """
				{
				  "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/consent-registry/context/v1"],
				  "id": "%s",
				  "type": ["VerifiableCredential", "ConsentCredential"],
				  "issuer": "%s",
				  "validFrom": "2026-01-01T00:00:00Z",
				  "credentialSubject": {
				    "id": "%s",
				    "type": "Work",
				    "title": "Harbour at dusk",
				    "creatorName": "Ada Example",
				    "description": "The old harbour at dusk, fishing boats moored along the quay.",
				    "mediaType": "image/jpeg",
				    "identifier": [
				      {"type": "ExactUrl", "url": "https://art.example/works/harbour.jpg"},
				      {"type": "UrlPrefix", "urlPrefix": "https://art.example/works/"},
				      {"type": "Domain", "domain": "art.example", "includeSubdomains": true},
				      {"type": "ContentHash", "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"}
				    ],
				    "terms": {
				      "type": "Set",
				      "permission": [
				        {"action": "search"},
				        {"action": "ai-train",
				         "constraint": [
				           {"leftOperand": "recipient", "operator": "isAnyOf", "rightOperand": ["https://coop.example/"]},
				           {"leftOperand": "dateTime", "operator": "lt",
				            "rightOperand": {"@value": "2027-01-01T00:00:00Z", "@type": "xsd:dateTime"}},
				           {"leftOperand": "commercialUse", "operator": "eq", "rightOperand": false}],
				         "duty": [{"action": "attribute"}, {"action": "compensate"}]}
				      ],
				      "prohibition": [{"action": "genai-train"}]
				    }
				  }
				}
				"""
			.formatted(id, CREATOR.did(), workId);
	}

	/**
	 * An unsigned withdrawal by {@link #CREATOR} of the credential {@code replaces} about
	 * the work {@code workId}.
	 */
	public static String withdrawalUnsigned(String id, String replaces, String workId) {
		return """
				{
				  "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/consent-registry/context/v1"],
				  "id": "%s",
				  "type": ["VerifiableCredential", "ConsentWithdrawal"],
				  "issuer": "%s",
				  "validFrom": "2026-02-01T00:00:00Z",
				  "replaces": "%s",
				  "credentialSubject": {"id": "%s"}
				}
				""".formatted(id, CREATOR.did(), replaces, workId);
	}

	/** Signs an unsigned credential whose issuer is {@link #CREATOR}'s DID. */
	public static byte[] sign(String unsignedJson) {
		return sign(unsignedJson, CREATOR);
	}

	/**
	 * Signs an unsigned credential with a key, proof created at {@link #CREATED}.
	 * @throws IllegalArgumentException if the credential cannot be signed
	 */
	public static byte[] sign(String unsignedJson, SigningKey key) {
		try {
			return new CredentialSigner().sign(unsignedJson.getBytes(StandardCharsets.UTF_8), key, CREATED);
		}
		catch (CredentialException ex) {
			throw new IllegalArgumentException("Cannot sign test credential: " + ex.reason() + " " + ex.getMessage(),
					ex);
		}
	}

	private static byte[] seedOfVectorKey() {
		try {
			return DidKey.decodeSecretKey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
		}
		catch (CredentialException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] countingSeed() {
		byte[] seed = new byte[32];
		for (int i = 0; i < seed.length; i++) {
			seed[i] = (byte) (i + 1);
		}
		return seed;
	}

}
