package org.consentregistry.registry.credential;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import org.jspecify.annotations.Nullable;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * The structural rules of a VC 2.0 credential that JSON-LD processing alone does not
 * enforce; each violation is {@code MALFORMED}.
 *
 * @param id the credential's {@code id}, or {@code null}
 * @param issuer the issuer's URL (a DID for our credentials)
 * @param validFrom the parsed {@code validFrom}, or {@code null}
 * @param validUntil the parsed {@code validUntil}, or {@code null}
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#basic-concepts">VC Data Model
 * 2.0 §4</a>
 */
record CredentialStructure(@Nullable String id, String issuer, @Nullable Instant validFrom,
		@Nullable Instant validUntil) {

	static final String BASE_CONTEXT = "https://www.w3.org/ns/credentials/v2";

	/**
	 * Checks a credential: the base context first (§4.3), an optional URL {@code id}
	 * (§4.4), {@code type} with {@code VerifiableCredential} (§4.5), an issuer URL
	 * (§4.7), subjects with claims (§4.8), {@code dateTimeStamp} validity (§4.9) and
	 * typed extension objects (§4.10 to §5.6).
	 * @throws CredentialException {@code MALFORMED} naming the first rule broken
	 */
	static CredentialStructure check(JsonObject credential) throws CredentialException {
		checkContext(credential.get("@context"));
		String id = optionalUrl(credential.get("id"), "id");
		checkType(credential.get("type"));
		String issuer = issuer(credential.get("issuer"));
		checkSubjects(credential.get("credentialSubject"));
		Instant validFrom = dateTime(credential.get("validFrom"), "validFrom");
		Instant validUntil = dateTime(credential.get("validUntil"), "validUntil");
		if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
			throw malformed("Expected validUntil at or after validFrom " + validFrom + " but got " + validUntil);
		}
		ExtensionRules.check(credential);
		return new CredentialStructure(id, issuer, validFrom, validUntil);
	}

	private static void checkContext(@Nullable JsonValue context) throws CredentialException {
		JsonValue first = (context != null && context.getValueType() == ValueType.ARRAY
				&& !context.asJsonArray().isEmpty()) ? context.asJsonArray().get(0) : context;
		if (!(first instanceof JsonString string) || !BASE_CONTEXT.equals(string.getString())) {
			throw malformed("Expected @context to begin with " + BASE_CONTEXT + " but got " + first);
		}
	}

	private static void checkType(@Nullable JsonValue type) throws CredentialException {
		if (!strings(type).contains("VerifiableCredential")) {
			throw malformed("Expected type to include VerifiableCredential but got " + type);
		}
	}

	private static String issuer(@Nullable JsonValue issuer) throws CredentialException {
		JsonValue id = (issuer instanceof JsonObject object) ? object.get("id") : issuer;
		String url = optionalUrl(id, "issuer");
		if (url == null) {
			throw malformed("Expected issuer to be a URL or an object with an id URL but got " + issuer);
		}
		return url;
	}

	private static void checkSubjects(@Nullable JsonValue subject) throws CredentialException {
		List<JsonValue> subjects = (subject == null) ? List.of()
				: (subject.getValueType() == ValueType.ARRAY) ? subject.asJsonArray() : List.of(subject);
		if (subjects.isEmpty()) {
			throw malformed("Expected a credentialSubject but the credential has none");
		}
		for (JsonValue each : subjects) {
			if (!(each instanceof JsonObject object) || object.isEmpty()) {
				throw malformed("Expected each credentialSubject to be an object with claims but got " + each);
			}
		}
	}

	/** The values of a string-or-array-of-strings property; others are ignored. */
	static List<String> strings(@Nullable JsonValue value) {
		List<JsonValue> values = (value == null) ? List.of()
				: (value.getValueType() == ValueType.ARRAY) ? value.asJsonArray() : List.of(value);
		return values.stream()
			.filter(JsonString.class::isInstance)
			.map((string) -> ((JsonString) string).getString())
			.toList();
	}

	/**
	 * The value of an optional URL property.
	 * @throws CredentialException if it is present but not one absolute URL
	 */
	static @Nullable String optionalUrl(@Nullable JsonValue value, String name) throws CredentialException {
		if (value == null) {
			return null;
		}
		if (!(value instanceof JsonString string) || !isUrl(string.getString())) {
			throw malformed("Expected " + name + " to be a URL but got " + value);
		}
		return string.getString();
	}

	private static boolean isUrl(String value) {
		try {
			return new URI(value).isAbsolute();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable Instant dateTime(@Nullable JsonValue value, String name) throws CredentialException {
		if (value == null) {
			return null;
		}
		try {
			if (value instanceof JsonString string) {
				return DateTimes.parse(string.getString());
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw malformed("Expected " + name + " to be an xsd:dateTimeStamp but got " + value);
	}

	static CredentialException malformed(String message) {
		return new CredentialException(Reason.MALFORMED, message);
	}

}
