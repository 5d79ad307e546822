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
