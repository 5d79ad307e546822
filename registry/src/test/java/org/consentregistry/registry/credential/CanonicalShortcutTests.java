package org.consentregistry.registry.credential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of the canonicalisation shortcut ({@link ExpandedRdf} and
 * {@link FirstDegreeCanon}) against the libraries' JSON-LD to RDF and RDFC-1.0: wherever
 * the shortcut applies it gives the same canonical N-Quads, byte for byte, and where the
 * libraries fail it does not apply. Inputs: every JSON-LD document among the conformance
 * files and the schemas' examples, and thousands of randomly mutated credentials (fixed
 * seeds, see {@link JsonMutations}).
 */
class CanonicalShortcutTests {

	private final RdfCanonicalizer canonicalizer = new RdfCanonicalizer(Conformance.TEST_LOADER);

	@Test
	void givesWhatTheLibrariesGiveForEveryConformanceDocument() throws IOException {
		Tally tally = new Tally();
		for (JsonObject document : documents()) {
			compare(JsonBytes.JSON.createObjectBuilder(document).remove("proof").build(), tally);
			compare(document, tally);
		}
		assertThat(tally.compared).isGreaterThan(100);
		assertThat(tally.shortcut).isGreaterThan(50);
	}

	@Test
	void givesWhatTheLibrariesGiveForMutatedCredentials() throws CredentialException {
		List<JsonObject> seeds = List.of(unsigned(TestCredentials.consentUnsigned("urn:uuid:1", "urn:uuid:2")),
				unsigned(TestCredentials.exampleUnsigned("urn:uuid:3")),
				unsigned(TestCredentials.withdrawalUnsigned("urn:uuid:4", "urn:uuid:1", "urn:uuid:2")));
		Tally tally = new Tally();
		for (int seed = 0; seed < 6000; seed++) {
			Random random = new Random(seed);
			JsonValue mutated = seeds.get(seed % seeds.size());
			for (int round = 0, rounds = 1 + random.nextInt(3); round < rounds; round++) {
				mutated = JsonMutations.mutate(mutated, random);
			}
			if (mutated instanceof JsonObject document) {
				compare(document, tally);
			}
		}
		assertThat(tally.compared).isGreaterThan(1000);
		assertThat(tally.shortcut).isGreaterThan(500);
		assertThat(tally.declined).isGreaterThan(100);
	}

	private static JsonObject unsigned(String json) throws CredentialException {
		return JsonBytes.parseObject(json.getBytes(StandardCharsets.UTF_8));
	}

	private void compare(JsonObject document, Tally tally) {
		JsonArray expanded;
		try {
			expanded = this.canonicalizer.expand(document);
		}
		catch (Exception ex) {
			return; // refused before either path runs
		}
		String expected;
		try {
			expected = this.canonicalizer.byLibrary(expanded);
		}
		catch (Exception ex) {
			assertThat(this.canonicalizer.byShortcut(expanded)).as("shortcut where the library fails: " + document)
				.isEmpty();
			return;
		}
		Optional<String> shortcut = this.canonicalizer.byShortcut(expanded);
		tally.compared++;
		if (shortcut.isPresent()) {
			tally.shortcut++;
			assertThat(shortcut.get()).as("canonical N-Quads of " + document).isEqualTo(expected);
		}
		else {
			tally.declined++;
			System.out.println("DECLINED " + expanded + "\nSTMTS " + ExpandedRdf.statements(expanded).isPresent());
		}
	}

	private static List<JsonObject> documents() throws IOException {
		List<JsonObject> documents = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : new String[] { "classpath*:/conformance/**/*.json", "classpath*:/conformance/**/*.jsonld",
				"classpath*:/schemas/examples/**/*.json" }) {
			for (Resource resource : resolver.getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					JsonObject json = JsonBytes.parseObject(in.readAllBytes());
					if (json.containsKey("@context")) {
						documents.add(json);
					}
				}
				catch (CredentialException ex) {
					// not a JSON object: a list of test cases, for example
				}
			}
		}
		return documents;
	}

	private static final class Tally {

		int compared;

		int shortcut;

		int declined;

	}

}
