package org.consentregistry.registry.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import org.jspecify.annotations.Nullable;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * One Data Integrity proof of a secured document, read and checked for shape.
 *
 * @param json the proof as submitted
 * @param id the proof's {@code id}, or {@code null}
 * @param verificationMethod the DID URL of the key
 * @param created the proof's {@code created}, or {@code null}
 * @param previousProof the ids of the proofs this one chains onto (empty for none)
 * @param signature the Ed25519 signature decoded from {@code proofValue}
 * @param expires the proof's {@code expires}, or {@code null}
 * @see <a href="https://www.w3.org/TR/vc-data-integrity/#proofs">Data Integrity §2.1
 * Proofs</a>
 */
record Proof(JsonObject json, @Nullable String id, String verificationMethod, @Nullable Instant created,
		List<String> previousProof, byte[] signature, @Nullable Instant expires) {

	static final String TYPE = "DataIntegrityProof";

	static final String CRYPTOSUITE = "eddsa-rdfc-2022";

	static final String ASSERTION_METHOD = "assertionMethod";

	/**
	 * Reads a proof.
	 * @throws CredentialException {@code UNKNOWN_CRYPTOSUITE} for another type or
	 * cryptosuite, {@code BAD_SIGNATURE} for a malformed proof
	 */
	static Proof read(JsonValue value) throws CredentialException {
		if (value.getValueType() != ValueType.OBJECT) {
			throw bad("Expected each proof to be a JSON object but got a " + value.getValueType());
		}
		JsonObject json = value.asJsonObject();
		String type = optionalString(json, "type");
		String cryptosuite = optionalString(json, "cryptosuite");
		if (!TYPE.equals(type) || !CRYPTOSUITE.equals(cryptosuite)) {
			throw new CredentialException(Reason.UNKNOWN_CRYPTOSUITE, "Expected a proof of type " + TYPE
					+ " with cryptosuite " + CRYPTOSUITE + " but got " + type + " with " + cryptosuite);
		}
		String purpose = optionalString(json, "proofPurpose");
		if (!ASSERTION_METHOD.equals(purpose)) {
			throw bad("Expected proofPurpose " + ASSERTION_METHOD + " but got " + purpose);
		}
		String verificationMethod = optionalString(json, "verificationMethod");
		if (verificationMethod == null) {
			throw new CredentialException(Reason.UNRESOLVABLE_KEY, "Expected a verificationMethod string in the proof");
		}
		String proofValue = optionalString(json, "proofValue");
		if (proofValue == null) {
			throw bad("Expected a proofValue string in the proof");
		}
		return new Proof(json, optionalString(json, "id"), verificationMethod, dateTime(json, "created"),
				previousProof(json), Multibase.decode(proofValue, Reason.BAD_SIGNATURE), dateTime(json, "expires"));
	}

	/** The proof options: the proof without its {@code proofValue}. */
	JsonObject options() {
		return JsonBytes.JSON.createObjectBuilder(this.json).remove("proofValue").build();
	}

	private static @Nullable Instant dateTime(JsonObject json, String name) throws CredentialException {
		String value = optionalString(json, name);
		if (value == null) {
			return null;
		}
		try {
			return DateTimes.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw bad("Expected the proof's " + name + " to be an xsd:dateTime but got '" + value + "'");
		}
	}

	private static List<String> previousProof(JsonObject json) throws CredentialException {
		JsonValue value = json.get("previousProof");
		if (value == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		for (JsonValue item : (value.getValueType() == ValueType.ARRAY) ? value.asJsonArray() : List.of(value)) {
			if (!(item instanceof JsonString id)) {
				throw bad("Expected previousProof to be a string or an array of strings but got " + value);
			}
			ids.add(id.getString());
		}
		return List.copyOf(ids);
	}

	private static @Nullable String optionalString(JsonObject json, String name) throws CredentialException {
		JsonValue value = json.get(name);
		if (value == null) {
			return null;
		}
		if (!(value instanceof JsonString string)) {
			throw bad("Expected the proof's " + name + " to be a string but got a " + value.getValueType());
		}
		return string.getString();
	}

	private static CredentialException bad(String message) {
		return new CredentialException(Reason.BAD_SIGNATURE, message);
	}

}
