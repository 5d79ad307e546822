package org.consentregistry.registry.credential;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * VC 2.0 rules for the optional extension properties: each value is an object with a
 * {@code type}, and an {@code id} that is a URL where present (required for
 * {@code credentialSchema}).
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#status">VC 2.0 §4.10 Status</a>
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#data-schemas">§4.11 Data
 * Schemas</a>
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#refreshing">§5.4 Refreshing</a>
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#terms-of-use">§5.5 Terms of
 * Use</a>
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#evidence">§5.6 Evidence</a>
 */
final class ExtensionRules {

	/** Property name to whether its objects need an {@code id}. */
	private static final Map<String, Boolean> PROPERTIES = Map.of("credentialStatus", false, "credentialSchema", true,
			"refreshService", false, "termsOfUse", false, "evidence", false);

	private ExtensionRules() {
	}

	static void check(JsonObject credential) throws CredentialException {
		for (Map.Entry<String, Boolean> property : PROPERTIES.entrySet()) {
			JsonValue value = credential.get(property.getKey());
			if (value != null) {
				for (JsonValue item : (value.getValueType() == ValueType.ARRAY) ? value.asJsonArray()
						: List.of(value)) {
					checkItem(property.getKey(), item, property.getValue());
				}
			}
		}
	}

	private static void checkItem(String name, JsonValue item, boolean idRequired) throws CredentialException {
		if (!(item instanceof JsonObject object)) {
			throw malformed("Expected " + name + " to hold objects but got " + item);
		}
		if (CredentialStructure.strings(object.get("type")).isEmpty()) {
			throw malformed("Expected " + name + " to have a type but got " + object);
		}
		if (CredentialStructure.optionalUrl(object.get("id"), name + ".id") == null && idRequired) {
			throw malformed("Expected " + name + " to have an id URL but got " + object);
		}
	}

	private static CredentialException malformed(String message) {
		return new CredentialException(Reason.MALFORMED, message);
	}

}
