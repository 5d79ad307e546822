package org.consentregistry.registry.credential;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The W3C RDF Dataset Canonicalization (RDFC-1.0) test suite, driven by its manifest
 * ({@code rdf-canon/tests/manifest.jsonld}): every {@code RDFC10EvalTest} compares the
 * canonical N-Quads, every {@code RDFC10MapTest} the issued identifiers (RDFC-1.0 §4.4),
 * and the {@code RDFC10NegativeEvalTest} poison graph must stop at our work limit (§4.4,
 * "excessive Hash N-Degree Quads calls"). All tests run with the same work limit as
 * credentials. The two SHA-384 tests ({@code hashAlgorithm} in the manifest, §4.2) run
 * with SHA-384, which the library supports.
 */
class RdfCanonConformanceTests {

	private static final String DIR = "rdf-canon/tests/";

	static Stream<Arguments> tests(String type) {
		JsonObject manifest = Conformance.json(DIR + "manifest.jsonld");
		return manifest.getJsonArray("entries")
			.stream()
			.map(JsonValue::asJsonObject)
			.filter((entry) -> entry.getString("type").equals(type))
			.map((entry) -> Arguments.of(entry.getString("id"), entry.getString("name"), entry.getString("action"),
					entry.getString("result"), hashAlgorithm(entry)));
	}

	static Stream<Arguments> evalTests() {
		return tests("rdfc:RDFC10EvalTest");
	}

	static Stream<Arguments> mapTests() {
		return tests("rdfc:RDFC10MapTest");
	}

	private static String hashAlgorithm(JsonObject entry) {
		JsonValue algorithm = entry.get("hashAlgorithm");
		return (algorithm instanceof JsonString name && name.getString().equals("SHA384")) ? "SHA-384" : "SHA-256";
	}

	@Test
	void manifestHasEveryTest() {
		assertThat(evalTests()).hasSize(64);
		assertThat(mapTests()).hasSize(21);
	}

	@ParameterizedTest(name = "{0} {1} ({4})")
	@MethodSource("evalTests")
	void producesCanonicalNQuads(String id, String name, String action, String result, String hashAlgorithm)
			throws Exception {
		assertThat(canonicalize(action, hashAlgorithm).nquads()).isEqualTo(Conformance.text(DIR + result));
	}

	@ParameterizedTest(name = "{0} {1} ({4})")
	@MethodSource("mapTests")
	void issuesCanonicalIdentifiers(String id, String name, String action, String result, String hashAlgorithm)
			throws Exception {
		Map<String, String> expected = new TreeMap<>();
		Conformance.json(DIR + result)
			.forEach((label, issued) -> expected.put(label, ((JsonString) issued).getString()));
		Map<String, String> actual = new TreeMap<>();
		canonicalize(action, hashAlgorithm).issuedIdentifiers()
			.forEach((label, issued) -> actual.put(unlabel(label), unlabel(issued)));
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void stopsPoisonGraphAtWorkLimit() {
		JsonObject poison = Conformance.json(DIR + "manifest.jsonld")
			.getJsonArray("entries")
			.stream()
			.map(JsonValue::asJsonObject)
			.filter((entry) -> entry.getString("type").equals("rdfc:RDFC10NegativeEvalTest"))
			.findFirst()
			.orElseThrow();
		assertThat(poison.getString("id")).isEqualTo("#test074c");
		assertThatIllegalStateException().isThrownBy(() -> canonicalize(poison.getString("action"), "SHA-256"))
			.withMessageContaining("work units");
	}

	private static RdfCanonicalizer.Canonical canonicalize(String action, String hashAlgorithm) throws Exception {
		return RdfCanonicalizer.canonicalizeNQuads(new StringReader(Conformance.text(DIR + action)), hashAlgorithm,
				RdfCanonicalizer.DEFAULT_WORK_LIMIT);
	}

	private static String unlabel(String label) {
		return label.startsWith("_:") ? label.substring(2) : label;
	}

}
