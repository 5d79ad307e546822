package org.consentregistry.registry.credential;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VC Data Model 2.0 test suite fixtures ({@code tests/input}) that concern the
 * parsing layer of our verifier (JSON, VC 2.0 structure, offline JSON-LD to canonical
 * RDF). As the upstream runner does, each fixture is first given to an issuer: we add our
 * test issuer where the fixture has none (or an issuer object without {@code id}), and
 * replace the {@code PAST DATE} and {@code FUTURE DATE} placeholders. Which fixtures run
 * and why the others do not is in {@code conformance/SOURCES.md};
 * {@link #everyFixtureIsAccountedFor} keeps that list complete.
 */
class VcDataModelFixtureTests {

	private static final String DIR = "vc-data-model-2.0-test-suite/tests/input/";

	private final CredentialVerifier verifier = new CredentialVerifier(Clock.systemUTC(), Conformance.TEST_LOADER);

	static Stream<String> okFixtures() throws Exception {
		return allFixtures().stream().filter((name) -> name.endsWith("-ok.json") && !excluded(name));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("okFixtures")
	void parsesOkFixture(String name) throws Exception {
		assertThat(this.verifier.parse(issued(name)).canonicalDocument()).isNotEmpty();
	}

	/** VC 2.0 section of each rule in the fixture's name; the reason we refuse with. */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			credential-context-combo3-fail.json | UNKNOWN_CONTEXT
			credential-context-combo4-fail.json | MALFORMED
			credential-missing-base-context-fail-or-inject.json | MALFORMED
			credential-no-context-fail-or-inject.json | MALFORMED
			credential-redef-type-fail.json | MALFORMED
			credential-redef-type2-fail.json | MALFORMED
			credential-id-multi-fail.json | MALFORMED
			credential-id-nonidentifier-fail.json | MALFORMED
			credential-id-not-url-fail.json | MALFORMED
			credential-id-subject-multi-fail.json | MALFORMED
			credential-missing-required-type-fail.json | MALFORMED
			credential-no-type-fail.json | MALFORMED
			credential-type-mapped-nonurl-fail.json | MALFORMED
			credential-type-unmapped-fail.json | MALFORMED
			credential-issuer-no-url-fail.json | MALFORMED
			credential-issuer-null-fail.json | MALFORMED
			credential-issuer-object-id-no-url-fail.json | MALFORMED
			credential-issuer-object-id-null-fail.json | MALFORMED
			credential-no-issuer-fail.json | MALFORMED
			credential-no-subject-fail.json | MALFORMED
			credential-subject-no-claims-fail.json | MALFORMED
			credential-subject-multiple-empty-fail.json | MALFORMED
			credential-validfrom-invalid-fail.json | MALFORMED
			credential-validuntil-invalid-fail.json | MALFORMED
			credential-validUntil-validFrom-fail.json | MALFORMED
			credential-status-missing-type-fail.json | MALFORMED
			credential-status-multiple-id-fail.json | MALFORMED
			credential-status-nonurl-id-fail.json | MALFORMED
			credential-status-type-nonurl-fail.json | MALFORMED
			credential-schema-no-id-fail.json | MALFORMED
			credential-schema-no-type-fail.json | MALFORMED
			credential-schema-non-url-id-fail.json | MALFORMED
			credential-refresh-no-type-fail.json | MALFORMED
			credential-termsofuse-missing-type-fail.json | MALFORMED
			credential-termsofuse-no-type-fail.json | MALFORMED
			credential-evidence-missing-type-fail.json | MALFORMED
			names-and-descriptions/credential-name-extra-prop-en-fail.json | MALFORMED
			names-and-descriptions/credential-description-extra-prop-en-fail.json | MALFORMED
			names-and-descriptions/issuer-name-extra-prop-en-fail.json | MALFORMED
			names-and-descriptions/issuer-description-extra-prop-en-fail.json | MALFORMED
			""")
	void refusesFailFixture(String name, Reason reason) {
		CredentialVerifierTests.assertRefused(() -> this.verifier.parse(issued(name)), reason);
	}

	/**
	 * The defect is in the proof, so the whole verifier runs (VC DI §2.1: proof type).
	 */
	@Test
	void refusesProofWithoutType() {
		byte[] fixture = issued("credential-proof-missing-type-fail.json");
		CredentialVerifierTests.assertRefused(() -> this.verifier.verify(fixture), Reason.UNKNOWN_CRYPTOSUITE);
	}

	@Test
	void everyFixtureIsAccountedFor() throws Exception {
		Set<String> all = allFixtures();
		assertThat(all).hasSize(120);
		Set<String> ok = okFixtures().collect(Collectors.toSet());
		Set<String> excluded = all.stream().filter(VcDataModelFixtureTests::excluded).collect(Collectors.toSet());
		Set<String> failing = all.stream()
			.filter((name) -> !ok.contains(name) && !excluded.contains(name))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(ok).hasSize(54);
		assertThat(excluded).hasSize(25);
		assertThat(failing).hasSize(41).allMatch((name) -> name.contains("-fail"));
	}

	/**
	 * Presentations are out of scope: the registry accepts credentials only, never
	 * verifiable presentations.
	 */
	private static boolean excluded(String name) {
		return name.startsWith("presentation-");
	}

	private static Set<String> allFixtures() throws IOException, URISyntaxException {
		Path root = Path.of(VcDataModelFixtureTests.class.getResource(Conformance.ROOT + DIR).toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** The fixture as an issuer would submit it (see the class comment). */
	private static byte[] issued(String name) {
		String text = Conformance.text(DIR + name)
			.replace("\"PAST DATE\"", "\"2020-01-01T00:00:00Z\"")
			.replace("\"FUTURE DATE\"", "\"2099-01-01T00:00:00Z\"");
		return CredentialVerifierTests.edit(text, VcDataModelFixtureTests::withIssuer);
	}

	private static JsonObject withIssuer(JsonObject fixture) {
		JsonObjectBuilder builder = Json.createObjectBuilder(fixture);
		if (!fixture.containsKey("issuer")) {
			builder.add("issuer", TestCredentials.CREATOR.did());
		}
		else if (fixture.get("issuer") instanceof JsonObject issuer && !issuer.containsKey("id")) {
			builder.add("issuer", Json.createObjectBuilder(issuer).add("id", TestCredentials.CREATOR.did()));
		}
		return builder.build();
	}

}
