package org.consentregistry.registry.credential;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * Verifies every proof of a secured document: a single proof, a proof set (an array) or a
 * proof chain ({@code previousProof}).
 *
 * @see <a href=
 * "https://www.w3.org/TR/vc-data-integrity/#verify-proof-sets-and-chains">Data Integrity
 * §4.5 Verify Proof Sets and Chains</a>
 */
final class ProofSet {

	private final EddsaRdfc2022 suite;

	ProofSet(EddsaRdfc2022 suite) {
		this.suite = suite;
	}

	/** The secured document without its {@code proof}. */
	static JsonObject unsecured(JsonObject securedDocument) {
		return JsonBytes.JSON.createObjectBuilder(securedDocument).remove("proof").build();
	}

	/**
	 * Reads the proofs of a secured document.
	 * @throws CredentialException {@code UNSIGNED} if it has none, or the reason of the
	 * first malformed proof
	 */
	static List<Proof> read(JsonObject securedDocument) throws CredentialException {
		JsonValue value = securedDocument.get("proof");
		List<JsonValue> items = (value == null) ? List.of()
				: (value.getValueType() == ValueType.ARRAY) ? value.asJsonArray() : List.of(value);
		if (items.isEmpty()) {
			throw new CredentialException(Reason.UNSIGNED, "Expected a proof but the credential has none");
		}
		List<Proof> proofs = new ArrayList<>();
		for (JsonValue item : items) {
			Proof proof = Proof.read(item);
			JsonValue context = proof.json().get("@context");
			if (context != null && !context.equals(securedDocument.get("@context"))) {
				throw new CredentialException(Reason.BAD_SIGNATURE,
						"Expected a proof without @context or with the credential's @context but got " + context);
			}
			proofs.add(proof);
		}
		return List.copyOf(proofs);
	}

	/**
	 * Verifies every proof.
	 * @param unsecuredDocument the document without proof
	 * @param canonicalDocument its canonical N-Quads
	 * @param proofs the proofs, see {@link #read}
	 * @throws CredentialException the reason of the first proof that fails
	 */
	void verifyAll(JsonObject unsecuredDocument, String canonicalDocument, List<Proof> proofs)
			throws CredentialException {
		Map<String, Proof> byId = new HashMap<>();
		for (Proof proof : proofs) {
			if (proof.id() != null) {
				byId.put(proof.id(), proof);
			}
		}
		for (Proof proof : proofs) {
			if (proof.previousProof().isEmpty()) {
				this.suite.verifyProof(unsecuredDocument, canonicalDocument, proof);
			}
			else {
				JsonObject input = chained(unsecuredDocument, proof, byId);
				this.suite.verifyProof(input, this.suite.transform(input), proof);
			}
		}
	}

	/** The unsecured document with the proofs that {@code proof} chains onto. */
	private static JsonObject chained(JsonObject unsecuredDocument, Proof proof, Map<String, Proof> byId)
			throws CredentialException {
		JsonArrayBuilder matching = JsonBytes.JSON.createArrayBuilder();
		for (String id : proof.previousProof()) {
			Proof previous = byId.get(id);
			if (previous == null) {
				throw new CredentialException(Reason.BAD_SIGNATURE,
						"Expected a proof with id " + id + " (the previousProof of another proof) but found none");
			}
			matching.add(previous.json());
		}
		return JsonBytes.JSON.createObjectBuilder(unsecuredDocument).add("proof", matching).build();
	}

}
