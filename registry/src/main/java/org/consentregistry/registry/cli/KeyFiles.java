package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.SigningKey;

/**
 * Reads and writes key files: a W3C Multikey JSON object with the secret key added as
 * {@code secretKeyMultibase}. New files are readable and writable by their owner only.
 */
final class KeyFiles {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private KeyFiles() {
	}

	static void write(Path file, SigningKey key, boolean overwrite) throws CliException {
		String json = toJson(key);
		try {
			if (overwrite) {
				Files.deleteIfExists(file);
			}
			Files.writeString(create(file), json, StandardCharsets.UTF_8);
		}
		catch (FileAlreadyExistsException ex) {
			throw new CliException(RegistryCli.REFUSED, file + " already exists; use --force to replace it");
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	static SigningKey read(Path file) throws CliException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new CliException(RegistryCli.IO, "no key file " + file + " (make one with 'keygen')", ex);
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot read " + file + ": " + ex.getMessage(), ex);
		}
		try (JsonReader reader = Json.createReader(new StringReader(text))) {
			JsonObject object = reader.readObject();
			JsonValue secret = object.get("secretKeyMultibase");
			if (!(secret instanceof JsonString string)) {
				throw new CliException(RegistryCli.REFUSED, file + " has no secretKeyMultibase: not a key file");
			}
			return SigningKey.fromSecretKeyMultibase(string.getString());
		}
		catch (JsonException | IllegalStateException ex) {
			throw new CliException(RegistryCli.REFUSED, file + " is not a key file: " + ex.getMessage(), ex);
		}
		catch (CredentialException | IllegalArgumentException ex) {
			throw new CliException(RegistryCli.REFUSED, file + " holds an unusable key: " + ex.getMessage(), ex);
		}
	}

	private static Path create(Path file) throws IOException {
		try {
			FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
			return Files.createFile(file, attribute);
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: rely on the platform's defaults.
			return Files.createFile(file);
		}
	}

	static String toJson(SigningKey key) {
		JsonObject object = Json.createObjectBuilder()
			.add("@context", "https://w3id.org/security/multikey/v1")
			.add("id", key.verificationMethod())
			.add("type", "Multikey")
			.add("controller", key.did())
			.add("publicKeyMultibase", key.publicKeyMultibase())
			.add("secretKeyMultibase", key.secretKeyMultibase())
			.build();
		StringWriter out = new StringWriter();
		try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
			.createWriter(out)) {
			writer.writeObject(object);
		}
		return out.toString().strip() + "\n";
	}

}
