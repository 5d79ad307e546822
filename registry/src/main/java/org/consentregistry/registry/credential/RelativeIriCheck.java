package org.consentregistry.registry.credential;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * Refuses an expanded JSON-LD document with a relative {@code @id} or {@code @type}:
 * JSON-LD to RDF silently drops such statements, so they would be shown to people without
 * being signed. Together with failing on undefined terms this is the "safe mode" that
 * Data Integrity asks for.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-integrity/#securing-data-losslessly">Data
 * Integrity §2.4 Securing Data Losslessly</a>
 */
final class RelativeIriCheck {

	private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:\\S*");

	private RelativeIriCheck() {
	}

	static void check(JsonValue expanded) throws CredentialException {
		switch (expanded.getValueType()) {
			case ARRAY -> {
				for (JsonValue item : expanded.asJsonArray()) {
					check(item);
				}
			}
			case OBJECT -> checkObject(expanded.asJsonObject());
			default -> {
			}
		}
	}

	private static void checkObject(JsonObject object) throws CredentialException {
		boolean value = object.containsKey("@value");
		for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
			String key = entry.getKey();
			if (key.equals("@id") && !value) {
				checkIri(entry.getValue(), "@id");
			}
			else if (key.equals("@type")) {
				checkIri(entry.getValue(), value ? "datatype" : "@type");
			}
			else if (!value) {
				check(entry.getValue());
			}
		}
	}

	private static void checkIri(JsonValue iris, String role) throws CredentialException {
		for (JsonValue iri : (iris.getValueType() == JsonValue.ValueType.ARRAY) ? iris.asJsonArray()
				: java.util.List.of(iris)) {
			String text = (iri instanceof JsonString string) ? string.getString() : "";
			if (!text.startsWith("_:") && !text.equals("@json") && !ABSOLUTE_IRI.matcher(text).matches()) {
				throw new CredentialException(Reason.MALFORMED,
						"Expected every " + role + " to be an absolute IRI but got '" + text + "'");
			}
		}
	}

}
