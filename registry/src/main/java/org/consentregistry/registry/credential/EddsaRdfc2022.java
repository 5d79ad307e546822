package org.consentregistry.registry.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

import org.consentregistry.blocker.crypto.Ed25519;
import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite: proof configuration, transformation
 * (RDFC-1.0), hashing (SHA-256), proof serialisation and verification (Ed25519).
 *
 * @see <a href="https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022">VC DI EdDSA §3.3
 * eddsa-rdfc-2022</a>
 */
final class EddsaRdfc2022 {

	private final RdfCanonicalizer canonicalizer;

	private final PublicKeys publicKeys = new PublicKeys();

	EddsaRdfc2022(RdfCanonicalizer canonicalizer) {
		this.canonicalizer = canonicalizer;
	}

	/** §3.3.3 Transformation: the canonical N-Quads of an unsecured document. */
	String transform(JsonObject unsecuredDocument) throws CredentialException {
		return this.canonicalizer.canonicalize(unsecuredDocument);
	}

	/**
	 * §3.3.5 Proof Configuration: the canonical N-Quads of the proof options with the
	 * document's {@code @context}.
	 */
	String configure(JsonObject proofOptions, JsonObject unsecuredDocument) throws CredentialException {
		Optional<String> standard = StandardProofConfig.canonical(proofOptions, unsecuredDocument);
		return standard.isPresent() ? standard.get() : configureByJsonLd(proofOptions, unsecuredDocument);
	}

	/** {@link #configure} by JSON-LD processing, for any proof. */
	String configureByJsonLd(JsonObject proofOptions, JsonObject unsecuredDocument) throws CredentialException {
		JsonObjectBuilder config = JsonBytes.JSON.createObjectBuilder(proofOptions);
		JsonValue context = unsecuredDocument.get("@context");
		if (context != null) {
			config.add("@context", context);
		}
		return this.canonicalizer.canonicalize(config.build());
	}

	/**
	 * §3.3.4 Hashing: SHA-256 of the canonical proof configuration followed by SHA-256 of
	 * the canonical document.
	 */
	static byte[] hashData(String canonicalProofConfig, String canonicalDocument) {
		byte[] proofHash = sha256(canonicalProofConfig);
		byte[] documentHash = sha256(canonicalDocument);
		byte[] combined = Arrays.copyOf(proofHash, proofHash.length + documentHash.length);
		System.arraycopy(documentHash, 0, combined, proofHash.length, documentHash.length);
		return combined;
	}

	/**
	 * §3.3.1 Create Proof: a proof (with {@code proofValue}) over an unsecured document.
	 * @param canonicalDocument the transformed document, see {@link #transform}
	 */
	JsonObject createProof(JsonObject unsecuredDocument, String canonicalDocument, SigningKey key, Instant created)
			throws CredentialException {
		JsonObject options = JsonBytes.JSON.createObjectBuilder()
			.add("type", Proof.TYPE)
			.add("cryptosuite", Proof.CRYPTOSUITE)
			.add("created", DateTimes.format(created))
			.add("verificationMethod", key.verificationMethod())
			.add("proofPurpose", Proof.ASSERTION_METHOD)
			.build();
		byte[] signature = key.sign(hashData(configure(options, unsecuredDocument), canonicalDocument));
		return JsonBytes.JSON.createObjectBuilder(options).add("proofValue", Multibase.encode(signature)).build();
	}

	/**
	 * §3.3.2 Verify Proof.
	 * @param inputDocument the document the proof secures (without proofs, or with the
	 * proofs it chains onto)
	 * @param canonicalDocument the transformed input document
	 * @throws CredentialException {@code BAD_SIGNATURE} if the signature does not verify,
	 * {@code UNRESOLVABLE_KEY} if the key cannot be resolved
	 */
	void verifyProof(JsonObject inputDocument, String canonicalDocument, Proof proof) throws CredentialException {
		Ed25519PublicKeyParameters publicKey = this.publicKeys.resolve(proof.verificationMethod());
		byte[] hashData = hashData(configure(proof.options(), inputDocument), canonicalDocument);
		if (publicKey == null || !Ed25519.verify(publicKey, hashData, proof.signature())) {
			throw new CredentialException(Reason.BAD_SIGNATURE,
					"The Ed25519 signature of the proof by " + proof.verificationMethod() + " does not verify");
		}
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
