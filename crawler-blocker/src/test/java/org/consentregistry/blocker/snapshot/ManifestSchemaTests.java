package org.consentregistry.blocker.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.consentregistry.blocker.engine.RuleDelta;
import org.consentregistry.blocker.policy.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Guard tests of {@code schemas/json-schema/snapshot-manifest.schema.json}: the schema
 * accepts every valid example and every manifest the writer makes, rejects every invalid
 * example; the reader agrees with it on all of them.
 */
class ManifestSchemaTests {

	private static final String EXAMPLES = "/schemas/examples/snapshot-manifest/";

	private static final Schema SCHEMA;

	static {
		try (InputStream in = open("/schemas/json-schema/snapshot-manifest.schema.json")) {
			SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@MethodSource("valid")
	void schemaAndReaderAcceptValidExample(String name) throws Exception {
		String json = read("valid/" + name);
		assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
		assertThat(ManifestJson.parse(json).purpose()).isEqualTo(Purpose.AI_TRAIN);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalid")
	void schemaAndReaderRejectInvalidExample(String name) {
		String json = read("invalid/" + name);
		List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
		assertThat(errors).isNotEmpty();
		assertThatExceptionOfType(SnapshotVerificationException.class).isThrownBy(() -> ManifestJson.parse(json));
	}

	@Test
	void manifestsTheWriterMakesFollowTheSchema() throws IOException {
		new SnapshotWriter(SnapshotFixtures.registryKey()).writeFull(
				SnapshotFixtures.compile(Purpose.AI_TRAIN,
						List.of(SnapshotFixtures.refusal("urn:a", "https://art.example/a", Purpose.TDM))),
				SnapshotFixtures.checkpoint(3), SnapshotFixtures.AT, this.dir);
		String json = Files.readString(this.dir.resolve("manifest.json"));
		assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
	}

	@Test
	void incrementalManifestsTheWriterMakesFollowTheSchemaAndReadBack() throws Exception {
		SnapshotWriter writer = new SnapshotWriter(SnapshotFixtures.registryKey());
		var base = SnapshotFixtures.compile(Purpose.AI_TRAIN,
				List.of(SnapshotFixtures.refusal("urn:a", "https://art.example/a", Purpose.TDM)));
		var full = SnapshotFixtures.compile(Purpose.AI_TRAIN,
				List.of(SnapshotFixtures.refusal("urn:b", "https://art.example/b", Purpose.TDM)));
		SnapshotManifest from = writer.writeFull(base, SnapshotFixtures.checkpoint(3), SnapshotFixtures.AT,
				Files.createDirectory(this.dir.resolve("base")));
		SnapshotManifest to = writer.writeFull(full, SnapshotFixtures.checkpoint(4), SnapshotFixtures.AT,
				Files.createDirectory(this.dir.resolve("full")));
		Path incremental = Files.createDirectory(this.dir.resolve("incremental"));
		SnapshotManifest written = writer.writeIncremental(RuleDelta.between(base, full), from, to, SnapshotFixtures.AT,
				incremental);
		String json = Files.readString(incremental.resolve("manifest.json"));
		assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
		assertThat(ManifestJson.parse(json)).isEqualTo(written);
		assertThat(written.baseFiles()).isEqualTo(from.files());
		assertThat(written.result()).isEqualTo(to.files());
	}

	static Stream<String> valid() throws Exception {
		return names("valid");
	}

	static Stream<String> invalid() throws Exception {
		return names("invalid");
	}

	/** The example names in a folder, read from the schemas jar or its classes folder. */
	private static Stream<String> names(String folder) throws IOException, URISyntaxException {
		URL url = Objects.requireNonNull(ManifestSchemaTests.class.getResource(EXAMPLES + folder),
				"the schemas module on the test classpath");
		URI uri = url.toURI();
		if (!uri.getScheme().equals("jar")) {
			return list(Path.of(uri));
		}
		try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
			return list(jar.provider().getPath(uri));
		}
	}

	private static Stream<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map((file) -> file.getFileName().toString()).sorted().toList();
			assertThat(names).isNotEmpty();
			return names.stream();
		}
	}

	private static String read(String name) {
		try (InputStream in = open(EXAMPLES + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String resource) {
		return Objects.requireNonNull(ManifestSchemaTests.class.getResourceAsStream(resource), resource);
	}

}
