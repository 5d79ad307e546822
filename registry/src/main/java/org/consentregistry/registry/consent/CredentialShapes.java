package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The SHACL shapes of consent credentials ({@code /schemas/shapes/consent-credential.ttl}
 * on the classpath), compiled once: all of them, and all but their SPARQL constraints,
 * which a graph is validated with when {@link SparqlConstraints} shows that those cannot
 * report on it (the same report, without planning a SPARQL query per focus node). A graph
 * in the common form of {@link ConformingForm}, on which the shapes report nothing, is
 * not given to the SHACL engine at all.
 */
@Component
public class CredentialShapes {

	static final String RESOURCE = "/schemas/shapes/consent-credential.ttl";

	private final Shapes shapes;

	private final Shapes withoutSparql;

	CredentialShapes() {
		try (InputStream in = CredentialShapes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Expected the SHACL shapes on the classpath at " + RESOURCE);
			}
			Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
			this.shapes = Shapes.parse(graph);
			Graph plain = GraphFactory.createDefaultGraph();
			GraphUtil.addInto(plain, graph);
			plain.remove(Node.ANY, SHACL.sparql, Node.ANY);
			this.withoutSparql = Shapes.parse(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Validates a credential's graph.
	 * @return the results of severity {@code sh:Warning} or {@code sh:Info}: the
	 * credential is accepted, and the creator is told
	 * @throws ProblemException {@code shacl-violation} with a {@code violations} list if
	 * any result has severity {@code sh:Violation}
	 */
	List<Violation> validate(Graph graph) {
		if (SparqlConstraints.mayReport(graph)) {
			return validate(graph, this.shapes);
		}
		return ConformingForm.holds(graph) ? List.of() : validate(graph, this.withoutSparql);
	}

	/** Validates with every shape, SPARQL constraints included. */
	List<Violation> validateWithAllShapes(Graph graph) {
		return validate(graph, this.shapes);
	}

	private static List<Violation> validate(Graph graph, Shapes shapes) {
		ValidationReport report = ShaclValidator.get().validate(shapes, graph);
		if (report.conforms()) {
			return List.of();
		}
		List<Violation> violations = report.getEntries()
			.stream()
			.filter((entry) -> entry.severity() == Severity.Violation)
			.map(Violation::of)
			.toList();
		if (!violations.isEmpty()) {
			throw new ProblemException(Problem.SHACL_VIOLATION, "Expected the credential to conform to the shapes but "
					+ violations.size() + " constraint(s) are violated")
				.with("violations", violations);
		}
		return report.getEntries().stream().map(Violation::of).toList();
	}

	/**
	 * One SHACL validation result.
	 *
	 * @param focusNode the node that violates the constraint
	 * @param path the property path, or {@code null}
	 * @param message the shape's message
	 * @param constraint the SHACL constraint component
	 */
	public record Violation(String focusNode, @Nullable String path, String message, String constraint) {

		static Violation of(ReportEntry entry) {
			Path path = entry.resultPath();
			Node component = entry.sourceConstraintComponent();
			return new Violation(text(entry.focusNode()), (path != null) ? path.toString() : null,
					String.valueOf(entry.message()), (component != null) ? text(component) : "");
		}

		private static String text(Node node) {
			return node.isURI() ? node.getURI() : node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
		}

	}

}
