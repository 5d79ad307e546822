package org.consentregistry.registry.cli;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialSigner;
import org.consentregistry.registry.credential.SigningKey;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sign}: adds an {@code eddsa-rdfc-2022} proof made with the creator's key.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
		description = "Sign a consent credential (JSON-LD) with your key (eddsa-rdfc-2022).")
final class SignCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "CREDENTIAL", description = "the unsigned credential (JSON-LD file)")
	Path credential;

	@Option(names = { "-k", "--key" }, defaultValue = "consent-key.json",
			description = "key file (default: ${DEFAULT-VALUE})")
	Path key;

	@Option(names = { "-o", "--out" }, description = "where to write the signed credential (default: standard output)")
	@Nullable Path out;

	@Option(names = "--set-issuer", description = "set the credential's issuer to the key's DID")
	boolean setIssuer;

	@Option(names = "--new-id", description = "give the credential a fresh urn:uuid id")
	boolean newId;

	@Option(names = "--created", description = "the proof's creation time (default: now)")
	@Nullable Instant created;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		SigningKey signingKey = KeyFiles.read(this.key);
		JsonObject document = prepare(read(this.credential), signingKey);
		Instant when = (this.created != null) ? this.created : Instant.now().truncatedTo(ChronoUnit.SECONDS);
		byte[] signed;
		try {
			signed = new CredentialSigner().sign(document.toString().getBytes(StandardCharsets.UTF_8), signingKey,
					when);
		}
		catch (CredentialException ex) {
			throw new CliException(RegistryCli.REFUSED, "cannot sign " + this.credential + ": " + ex.getMessage(), ex);
		}
		Output.write(this.spec, this.out, signed);
		return RegistryCli.OK;
	}

	private JsonObject prepare(JsonObject document, SigningKey signingKey) throws CliException {
		if (document.containsKey("proof")) {
			throw new CliException(RegistryCli.REFUSED, this.credential + " is already signed (it has a proof)");
		}
		JsonObjectBuilder builder = Json.createObjectBuilder(document);
		JsonValue issuer = document.get("issuer");
		if (this.setIssuer || issuer == null) {
			builder.add("issuer", signingKey.did());
		}
		else if (!(issuer instanceof JsonString string) || !string.getString().equals(signingKey.did())) {
			throw new CliException(RegistryCli.REFUSED, "the credential's issuer is " + issuer + " but the key is "
					+ signingKey.did() + "; use --set-issuer to replace it");
		}
		if (this.newId) {
			builder.add("id", "urn:uuid:" + UUID.randomUUID());
		}
		return builder.build();
	}

	static JsonObject read(Path file) throws CliException {
		String text = new String(Output.read(file), StandardCharsets.UTF_8);
		try (JsonReader reader = Json.createReader(new StringReader(text))) {
			return reader.readObject();
		}
		catch (JsonException | IllegalStateException ex) {
			throw new CliException(RegistryCli.REFUSED, file + " is not a JSON object: " + ex.getMessage(), ex);
		}
	}

}
