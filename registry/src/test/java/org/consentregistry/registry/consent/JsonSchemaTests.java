package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard tests of {@code schemas/json-schema/consent-credential.schema.json}: it accepts
 * every valid example, signed or not, and rejects the invalid ones whose defect a JSON
 * Schema can see.
 */
class JsonSchemaTests {

	private static final Schema SCHEMA;

	static {
		try (InputStream in = ExampleCredentials.open("/schemas/json-schema/consent-credential.schema.json")) {
			SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validExamples")
	void schemaAcceptsValidExample(String path) {
		assertThat(validate(path)).isEmpty();
	}

	@ParameterizedTest(name = "{0} accepted: {1}")
	@MethodSource("invalidExamples")
	void schemaRejectsInvalidExampleUnlessTheDefectNeedsTheGraph(String path, boolean accepted) {
		List<Error> errors = validate(path);
		if (accepted) {
			assertThat(errors).isEmpty();
		}
		else {
			assertThat(errors).isNotEmpty();
		}
	}

	static Stream<String> validExamples() {
		return Stream.concat(ExampleCredentials.names("valid").stream().map((name) -> "valid/" + name),
				ExampleCredentials.names("valid/signed").stream().map((name) -> "valid/signed/" + name));
	}

	static Stream<Arguments> invalidExamples() {
		JsonObject expected = manifest().getJsonObject("expected");
		return ExampleCredentials.names("invalid")
			.stream()
			.map((name) -> Arguments.of("invalid/" + name,
					expected.getJsonObject(name).getBoolean("jsonSchemaAccepts", false)));
	}

	private static List<Error> validate(String path) {
		try (InputStream in = ExampleCredentials.open(ExampleCredentials.EXAMPLES + path)) {
			return SCHEMA.validate(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonObject manifest() {
		try (InputStream in = ExampleCredentials.open(ExampleCredentials.EXAMPLES + "invalid/expected-violations.json");
				JsonReader reader = Json.createReader(in)) {
			return reader.readObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
