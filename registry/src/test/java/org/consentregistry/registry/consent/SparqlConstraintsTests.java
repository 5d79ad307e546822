package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.consentregistry.blocker.policy.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Validating with the shapes but their SPARQL constraints, when {@link SparqlConstraints}
 * shows those cannot report, gives the same report as validating with every shape.
 */
class SparqlConstraintsTests {

	private static final String V1 = ConsentRecordsTests.V1;

	private static final Instant JAN = ConsentRecordsTests.JAN;

	private static final String SPARQL_COMPONENT = "http://www.w3.org/ns/shacl#SPARQLConstraintComponent";

	private final CredentialShapes shapes = new CredentialShapes();

	static Stream<Arguments> purposePairs() {
		return Stream.of(Purpose.values())
			.flatMap((allowed) -> Stream.of(Purpose.values()).map((refused) -> Arguments.of(allowed, refused)));
	}

	/**
	 * Every permission against every unconditional prohibition: the
	 * unreachable-permission warning ({@code crsh:UnreachablePermissionShape}) comes
	 * exactly when the refused purpose covers the allowed one, and the guarded validation
	 * reports the same.
	 */
	@ParameterizedTest(name = "permission {0}, prohibition {1}")
	@MethodSource("purposePairs")
	void guardedValidationReportsWhatEveryShapeReports(Purpose allowed, Purpose refused) {
		Graph graph = StoredCredentials
			.graph(StoredCredentials.consentTurtle(V1, StoredCredentials.ISSUER, JAN, null, "REFUSED")
				.replace("cr:searchIndexing", "cr:" + allowed.localName())
				.replace("cr:REFUSED", "cr:" + refused.localName()));
		List<CredentialShapes.Violation> all = this.shapes.validateWithAllShapes(graph);
		assertThat(this.shapes.validate(graph)).containsExactlyInAnyOrderElementsOf(all);
		boolean unreachable = all.stream().anyMatch((v) -> v.constraint().equals(SPARQL_COMPONENT));
		assertThat(unreachable).isEqualTo(refused.covers(allowed));
		assertThat(SparqlConstraints.mayReport(graph)).isEqualTo(refused.covers(allowed));
	}

	@Test
	void selfReplacementIsStillRefused() {
		Graph graph = StoredCredentials
			.graph(StoredCredentials.consentTurtle(V1, StoredCredentials.ISSUER, JAN, V1, "generativeAiTraining"));
		assertThat(SparqlConstraints.mayReport(graph)).isTrue();
		assertThatExceptionOfType(org.consentregistry.registry.system.ProblemException.class)
			.isThrownBy(() -> this.shapes.validate(graph))
			.satisfies((ex) -> assertThat(String.valueOf(ex.getBody().getProperties())).contains("replace itself"));
	}

	@Test
	void anUnknownActionCountsAsPossiblyUnreachable() {
		Graph graph = StoredCredentials
			.graph(StoredCredentials.consentTurtle(V1, StoredCredentials.ISSUER, JAN, null, "somethingElse"));
		assertThat(SparqlConstraints.mayReport(graph)).isTrue();
	}

}
