package org.consentregistry.blocker.tlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.consentregistry.blocker.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every inclusion and consistency case of transparency-dev/merkle's test data (RFC 9162
 * §2.1.3.2 and §2.1.4.2): happy paths verify, every corrupted variant is refused; proof
 * generation reproduces the happy paths from the RFC 6962 test tree. See
 * {@code src/test/resources/conformance/transparency-dev-merkle/SOURCES.md}.
 */
class ConformanceTests {

	private static final String ROOT = "/conformance/transparency-dev-merkle/";

	@ParameterizedTest(name = "{0}")
	@MethodSource("inclusionCases")
	void inclusionCaseVerifiesExactlyWhenExpected(String name, Map<String, Object> vector) {
		long index = number(vector.get("leafIdx"));
		long size = number(vector.get("treeSize"));
		byte[] leaf = bytes(vector.get("leafHash"));
		byte[] root = bytes(vector.get("root"));
		List<byte[]> proof = hashes(vector.get("proof"));
		if ((Boolean) vector.get("wantErr")) {
			assertThatExceptionOfType(ProofException.class)
				.isThrownBy(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root))
				.withMessageContaining("expected");
		}
		else {
			assertThatNoException().isThrownBy(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("consistencyCases")
	void consistencyCaseVerifiesExactlyWhenExpected(String name, Map<String, Object> vector) {
		long size1 = number(vector.get("size1"));
		long size2 = number(vector.get("size2"));
		byte[] root1 = bytes(vector.get("root1"));
		byte[] root2 = bytes(vector.get("root2"));
		List<byte[]> proof = hashes(vector.get("proof"));
		if ((Boolean) vector.get("wantErr")) {
			assertThatExceptionOfType(ProofException.class)
				.isThrownBy(() -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2))
				.withMessageContaining("expected");
		}
		else {
			assertThatNoException()
				.isThrownBy(() -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inclusionHappyPaths")
	void generatedInclusionProofEqualsHappyPath(String name, Map<String, Object> vector) {
		MemoryTree tree = new MemoryTree(MemoryTree.RFC6962_LEAVES);
		long index = number(vector.get("leafIdx"));
		long size = number(vector.get("treeSize"));
		ProofBuilder builder = new ProofBuilder(tree);
		assertThat(tree.hash(0, index)).isEqualTo(bytes(vector.get("leafHash")));
		assertThat(builder.root(size)).isEqualTo(bytes(vector.get("root")));
		assertThat(builder.inclusionProof(index, size)).containsExactlyElementsOf(hashes(vector.get("proof")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("consistencyHappyPaths")
	void generatedConsistencyProofEqualsHappyPath(String name, Map<String, Object> vector) {
		ProofBuilder builder = new ProofBuilder(new MemoryTree(MemoryTree.RFC6962_LEAVES));
		long size1 = number(vector.get("size1"));
		long size2 = number(vector.get("size2"));
		assertThat(builder.root(size1)).isEqualTo(bytes(vector.get("root1")));
		assertThat(builder.root(size2)).isEqualTo(bytes(vector.get("root2")));
		assertThat(builder.consistencyProof(size1, size2)).containsExactlyElementsOf(hashes(vector.get("proof")));
	}

	@Test
	void everyCaseFileIsRunAndBothOutcomesOccur() {
		List<Map<String, Object>> all = Stream.concat(inclusionCases(), consistencyCases())
			.map((arguments) -> vector(arguments[1]))
			.toList();
		assertThat(all).hasSize(196);
		assertThat(all).filteredOn((vector) -> (Boolean) vector.get("wantErr")).hasSizeGreaterThan(150);
		assertThat(all).filteredOn((vector) -> !(Boolean) vector.get("wantErr")).hasSizeGreaterThanOrEqualTo(12);
	}

	static Stream<Object[]> inclusionCases() {
		return cases("inclusion");
	}

	static Stream<Object[]> consistencyCases() {
		return cases("consistency");
	}

	static Stream<Object[]> inclusionHappyPaths() {
		return cases("inclusion").filter((arguments) -> ((String) arguments[0]).endsWith("/happy-path.json"));
	}

	static Stream<Object[]> consistencyHappyPaths() {
		return cases("consistency").filter((arguments) -> ((String) arguments[0]).endsWith("/happy-path.json"));
	}

	private static Stream<Object[]> cases(String kind) {
		try {
			Path base = Path.of(Objects.requireNonNull(ConformanceTests.class.getResource(ROOT)).toURI());
			List<Object[]> cases = new ArrayList<>();
			try (Stream<Path> files = Files.walk(base.resolve(kind))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
					String text = Files.readString(file, StandardCharsets.UTF_8);
					cases.add(new Object[] { base.relativize(file).toString(), Json.parse(text) });
				}
			}
			return cases.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> vector(Object value) {
		return (Map<String, Object>) value;
	}

	/** uint64 values beyond 2^63 become negative longs, which every verifier refuses. */
	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static byte[] bytes(Object base64) {
		return Base64.getDecoder().decode((String) base64);
	}

	private static List<byte[]> hashes(Object list) {
		return (list == null) ? List.of() : ((List<?>) list).stream().map(ConformanceTests::bytes).toList();
	}

}
