package org.consentregistry.registry.credential;

import java.time.Instant;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * Adds an {@code eddsa-rdfc-2022} Data Integrity proof to a credential. Instances are
 * thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/vc-di-eddsa/#create-proof-eddsa-rdfc-2022">VC DI
 * EdDSA §3.3.1 Create Proof (eddsa-rdfc-2022)</a>
 */
public final class CredentialSigner {

	private final EddsaRdfc2022 suite;

	/** A signer that accepts the bundled contexts only. */
	public CredentialSigner() {
		this(OfflineDocumentLoader.BUNDLED_ONLY);
	}

	/** A signer with a custom loader: for tests that need extra contexts. */
	CredentialSigner(OfflineDocumentLoader loader) {
		this.suite = new EddsaRdfc2022(new RdfCanonicalizer(loader));
	}

	/**
	 * Signs an unsigned credential.
	 * @param unsignedJson the credential without proof
	 * @param key the issuer's key; its DID must be the credential's issuer
	 * @param created the proof's {@code created} time
	 * @return the signed credential as JSON bytes
	 * @throws CredentialException if the credential cannot be processed
	 */
	public byte[] sign(byte[] unsignedJson, SigningKey key, Instant created) throws CredentialException {
		JsonObject document = JsonBytes.parseObject(unsignedJson);
		CredentialStructure structure = CredentialStructure.check(document);
		if (!structure.issuer().equals(key.did())) {
			throw new CredentialException(Reason.ISSUER_MISMATCH,
					"Expected the credential's issuer to be the key's DID " + key.did() + " but it is "
							+ structure.issuer());
		}
		return JsonBytes.write(addProof(document, key, created));
	}

	/**
	 * Adds a proof to any JSON-LD document, without the credential checks of
	 * {@link #sign}: the W3C test vectors have an issuer that is not a DID. An existing
	 * proof is kept and the result is a proof set.
	 */
	JsonObject addProof(JsonObject document, SigningKey key, Instant created) throws CredentialException {
		JsonObject unsecured = ProofSet.unsecured(document);
		JsonObject proof = this.suite.createProof(unsecured, this.suite.transform(unsecured), key, created);
		JsonValue existing = document.get("proof");
		if (existing == null) {
			return JsonBytes.JSON.createObjectBuilder(document).add("proof", proof).build();
		}
		JsonArrayBuilder set = (existing.getValueType() == ValueType.ARRAY)
				? JsonBytes.JSON.createArrayBuilder(existing.asJsonArray())
				: JsonBytes.JSON.createArrayBuilder().add(existing);
		return JsonBytes.JSON.createObjectBuilder(document).add("proof", set.add(proof)).build();
	}

}
