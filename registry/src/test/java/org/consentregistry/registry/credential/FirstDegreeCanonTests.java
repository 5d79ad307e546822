package org.consentregistry.registry.credential;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The first-degree shortcut of RDFC-1.0 gives the expected canonical N-Quads of every
 * RDFC-1.0 evaluation test it applies to (default graph, SHA-256), and declines the
 * others: those that need Hash N-Degree Quads, and those that would exceed the work
 * limit.
 */
class FirstDegreeCanonTests {

	private static final String DIR = "rdf-canon/tests/";

	static Stream<Arguments> sha256EvalTests() {
		return RdfCanonConformanceTests.evalTests().filter((test) -> test.get()[4].equals("SHA-256"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("sha256EvalTests")
	void givesTheSuiteResultOrDeclines(String id, String name, String action, String result, String hashAlgorithm)
			throws Exception {
		List<Statement> statements = defaultGraphStatements(Conformance.text(DIR + action));
		if (statements != null) {
			Optional<String> canonical = FirstDegreeCanon.canonicalize(statements, RdfCanonicalizer.DEFAULT_WORK_LIMIT);
			canonical.ifPresent((nquads) -> assertThat(nquads).isEqualTo(Conformance.text(DIR + result)));
		}
	}

	@Test
	void appliesToMostOfTheSuite() throws Exception {
		long applied = sha256EvalTests().filter((test) -> {
			List<Statement> statements = defaultGraphStatements(Conformance.text(DIR + test.get()[2]));
			return statements != null
					&& FirstDegreeCanon.canonicalize(statements, RdfCanonicalizer.DEFAULT_WORK_LIMIT).isPresent();
		}).count();
		assertThat(applied).isGreaterThanOrEqualTo(20);
	}

	@Test
	void declinesWhenTwoBlankNodesShareAHash() {
		List<Statement> symmetric = List.of(new Statement("_:x", "urn:p", "_:y", null, null),
				new Statement("_:y", "urn:p", "_:x", null, null));
		assertThat(FirstDegreeCanon.canonicalize(symmetric, 1000)).isEmpty();
	}

	@Test
	void declinesRepeatedStatementsAndSelfLinks() {
		Statement statement = new Statement("_:x", "urn:p", "o", ExpandedRdf.XSD_STRING, null);
		assertThat(FirstDegreeCanon.canonicalize(List.of(statement, statement), 1000)).isEmpty();
		assertThat(FirstDegreeCanon.canonicalize(List.of(new Statement("_:x", "urn:p", "_:x", null, null)), 1000))
			.isEmpty();
	}

	@Test
	void declinesWhatTheLibraryWouldStopAtItsWorkLimit() {
		// the library counts 3 + 1 blank node + 2 of its quads = 6 units
		List<Statement> statements = List.of(new Statement("_:x", "urn:p", "a", ExpandedRdf.XSD_STRING, null),
				new Statement("_:x", "urn:q", "b", ExpandedRdf.XSD_STRING, null));
		assertThat(FirstDegreeCanon.canonicalize(statements, 6)).isPresent();
		assertThat(FirstDegreeCanon.canonicalize(statements, 5)).isEmpty();
		String nquads = "_:x <urn:p> \"a\" .\n_:x <urn:q> \"b\" .\n";
		assertThatNoException()
			.isThrownBy(() -> RdfCanonicalizer.canonicalizeNQuads(new StringReader(nquads), "SHA-256", 6));
		assertThatIllegalStateException()
			.isThrownBy(() -> RdfCanonicalizer.canonicalizeNQuads(new StringReader(nquads), "SHA-256", 5));
	}

	/** The statements of N-Quads, or {@code null} if any is in a named graph. */
	static @Nullable List<Statement> defaultGraphStatements(String nquads) {
		List<Statement> statements = new ArrayList<>();
		boolean[] named = { false };
		RdfQuadConsumer consumer = new RdfQuadConsumer() {
			@Override
			public RdfQuadConsumer quad(String subject, String predicate, String object, @Nullable String datatype,
					@Nullable String language, @Nullable String direction, @Nullable String graph) {
				named[0] |= graph != null || direction != null;
				statements.add(new Statement(subject, predicate, object, datatype, language));
				return this;
			}
		};
		try {
			new NQuadsReader(new StringReader(nquads)).provide(consumer);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return named[0] ? null : statements;
	}

}
