package org.consentregistry.registry.cli;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.consentregistry.blocker.cli.CliException;

/**
 * Reads a consistency proof as {@code GET /log/proof/consistency} answers it:
 * {@code {"from":m,"to":n,"consistencyProof":["<base64>",...]}}; {@code from} and
 * {@code to}, when present, must be the sizes of the two checkpoints.
 */
final class ConsistencyProofFile {

	private ConsistencyProofFile() {
	}

	static List<byte[]> read(Path file, long from, long to) throws CliException {
		String text = new String(Output.read(file), StandardCharsets.UTF_8);
		try (JsonReader reader = Json.createReader(new StringReader(text))) {
			JsonObject object = reader.readObject();
			requireSize(object, "from", from, file);
			requireSize(object, "to", to, file);
			if (!(object.get("consistencyProof") instanceof JsonArray array)) {
				throw refused(file + ": expected a \"consistencyProof\" array");
			}
			List<byte[]> hashes = new ArrayList<>(array.size());
			for (JsonValue value : array) {
				if (!(value instanceof JsonString string)) {
					throw refused(file + ": expected base64 strings in \"consistencyProof\", got " + value);
				}
				hashes.add(Base64.getDecoder().decode(string.getString()));
			}
			return hashes;
		}
		catch (JsonException | IllegalStateException | IllegalArgumentException ex) {
			throw new CliException(RegistryCli.REFUSED,
					"not verified: " + file + " is not a consistency proof: " + ex.getMessage(), ex);
		}
	}

	private static void requireSize(JsonObject object, String name, long expected, Path file) throws CliException {
		JsonValue value = object.get(name);
		if (value != null && !(value instanceof JsonNumber number && number.isIntegral()
				&& number.longValueExact() == expected)) {
			throw refused(
					file + ": expected \"" + name + "\" to be the checkpoint size " + expected + ", got " + value);
		}
	}

	private static CliException refused(String message) {
		return new CliException(RegistryCli.REFUSED, "not verified: " + message);
	}

}
