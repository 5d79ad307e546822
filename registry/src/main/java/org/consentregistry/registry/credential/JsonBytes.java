package org.consentregistry.registry.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * Strict JSON reading of untrusted bytes (UTF-8, one object, no duplicate keys, bounded
 * nesting) and compact writing.
 */
final class JsonBytes {

	/** Deeper nesting than any credential needs; bounds the recursion of later stages. */
	static final int MAX_DEPTH = 64;

	/**
	 * The JSON provider, looked up once: {@code jakarta.json.Json}'s static methods look
	 * it up with a {@code ServiceLoader} on every call, a tenth of a verification's time.
	 */
	static final JsonProvider JSON = JsonProvider.provider();

	private static final JsonReaderFactory READERS = JSON.createReaderFactory(
			Map.of("org.eclipse.parsson.rejectDuplicateKeys", true, "org.eclipse.parsson.maxDepth", MAX_DEPTH));

	private static final JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

	private JsonBytes() {
	}

	/**
	 * Reads a JSON object.
	 * @throws CredentialException {@code MALFORMED} if the bytes are not one JSON object
	 */
	static JsonObject parseObject(byte[] json) throws CredentialException {
		JsonStructure structure;
		try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8)) {
			structure = reader.read();
		}
		catch (RuntimeException ex) {
			// JsonException for bad syntax, duplicate keys; a plain RuntimeException for
			// depth
			throw new CredentialException(Reason.MALFORMED,
					"Expected a JSON object but the input is not JSON: " + ex.getMessage(), ex);
		}
		if (structure.getValueType() != JsonValue.ValueType.OBJECT) {
			throw new CredentialException(Reason.MALFORMED, "Expected a JSON object but got a JSON "
					+ structure.getValueType().name().toLowerCase(Locale.ROOT));
		}
		return structure.asJsonObject();
	}

	static byte[] write(JsonObject object) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
			writer.writeObject(object);
		}
		return out.toByteArray();
	}

}
