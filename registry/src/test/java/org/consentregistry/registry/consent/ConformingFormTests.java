package org.consentregistry.registry.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import com.apicatalog.jsonld.JsonLdError;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential tests of {@link ConformingForm} against Jena SHACL with every shape: over
 * every schema example (valid and invalid) and thousands of mutated credential graphs
 * (triples dropped, duplicated, moved, retyped, re-datatyped, values changed), whenever
 * the form holds Jena's report has no result at all, and
 * {@link CredentialShapes#validate} gives exactly the results (focus node, path,
 * component, message) of Jena SHACL.
 */
class ConformingFormTests {

	private static final Shapes SHAPES = Shapes.parse(ExampleCredentials.turtle(ExampleCredentials.SHAPES));

	private static final String DATATYPES = XSD.xstring.getURI() + " " + XSD.anyURI.getURI() + " "
			+ XSD.dateTime.getURI() + " " + XSD.xboolean.getURI() + " " + XSD.integer.getURI();

	private static final List<String> LEXICAL = List.of("", " ", "X", "true", "yes", "2026-13-01T00:00:00Z",
			"2026-01-01T00:00:00Z", "https://a b/", "https://coop.example/", "did:key:z6Mkx", "image/JPEG",
			"art.example", "ART.example", "0".repeat(64), "x".repeat(501),
			"urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01");

	private final CredentialShapes shapes = new CredentialShapes();

	@Test
	void holdsForTheValidConsentExamples() throws JsonLdError {
		List<String> held = new ArrayList<>();
		for (String name : ExampleCredentials.names("valid")) {
			if (ConformingForm.holds(ExampleCredentials.example("valid/" + name))) {
				held.add(name);
			}
		}
		assertThat(held).contains("full-terms.json", "minimal-refusal.json", "update-with-replaces.json");
	}

	@Test
	void neverHoldsForAnInvalidExample() throws JsonLdError {
		for (String name : ExampleCredentials.names("invalid")) {
			Graph graph = ExampleCredentials.example("invalid/" + name);
			assertThat(ConformingForm.holds(graph)).as(name).isFalse();
			assertSameReport(graph);
		}
	}

	@Test
	void agreesWithJenaShaclOnMutatedCredentials() throws JsonLdError {
		List<Graph> originals = new ArrayList<>();
		for (String folder : List.of("valid", "invalid")) {
			for (String name : ExampleCredentials.names(folder)) {
				originals.add(ExampleCredentials.example(folder + "/" + name));
			}
		}
		int valid = ExampleCredentials.names("valid").size();
		Random random = new Random(20261126L);
		int held = 0;
		int total = 4000;
		for (int i = 0; i < total; i++) {
			Graph graph = copy(originals.get(random.nextInt(random.nextBoolean() ? valid : originals.size())));
			for (int n = 1 + random.nextInt(2); n > 0; n--) {
				if (random.nextInt(3) == 0) {
					mutate(graph, random);
				}
				else {
					relabel(graph, random);
				}
			}
			held += assertSameReport(graph) ? 1 : 0;
		}
		assertThat(held).as("mutated graphs in the common form").isBetween(total / 10, total - total / 10);
	}

	/** Whether the form held; fails if Jena disagrees. */
	private boolean assertSameReport(Graph graph) {
		boolean holds = !SparqlConstraints.mayReport(graph) && ConformingForm.holds(graph);
		ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
		if (holds) {
			assertThat(report.getEntries()).as(() -> graph + "\n" + report).isEmpty();
		}
		assertThat(outcome(() -> this.shapes.validate(graph)))
			.isEqualTo(outcome(() -> this.shapes.validateWithAllShapes(graph)));
		return holds;
	}

	@SuppressWarnings("unchecked")
	private static Set<CredentialShapes.Violation> outcome(Supplier<List<CredentialShapes.Violation>> validation) {
		try {
			return Set.copyOf(validation.get());
		}
		catch (ProblemException ex) {
			return Set.copyOf((List<CredentialShapes.Violation>) ex.getBody().getProperties().get("violations"));
		}
	}

	private static Graph copy(Graph graph) {
		Graph copy = GraphFactory.createDefaultGraph();
		graph.find().forEach(copy::add);
		return copy;
	}

	private static void mutate(Graph graph, Random random) {
		List<Triple> triples = graph.find().toList();
		if (triples.isEmpty()) {
			return;
		}
		Triple triple = triples.get(random.nextInt(triples.size()));
		List<Node> nodes = new ArrayList<>();
		triples.forEach((t) -> nodes.add(t.getObject()));
		triples.forEach((t) -> nodes.add(t.getSubject()));
		Node node = nodes.get(random.nextInt(nodes.size()));
		Node predicate = triples.get(random.nextInt(triples.size())).getPredicate();
		switch (random.nextInt(8)) {
			case 0 -> graph.delete(triple);
			case 1 -> graph.add(Triple.create(triple.getSubject(), triple.getPredicate(), node));
			case 2 -> replace(graph, triple, Triple.create(node, triple.getPredicate(), triple.getObject()));
			case 3 -> graph.add(Triple.create(triple.getSubject(), RDF.type.asNode(), type(nodes, random)));
			case 4 -> replace(graph, triple, Triple.create(triple.getSubject(), predicate, triple.getObject()));
			case 5 -> replace(graph, triple, Triple.create(triple.getSubject(), triple.getPredicate(), value(random)));
			case 6 -> graph.add(Triple.create(node, random.nextBoolean() ? predicate : RDFS.subClassOf.asNode(),
					nodes.get(random.nextInt(nodes.size()))));
			default -> replace(graph, triple,
					Triple.create(triple.getSubject(), triple.getPredicate(), retyped(triple.getObject(), random)));
		}
	}

	/**
	 * Gives a literal or IRI object another value of the same kind (same datatype, or an
	 * IRI): near the edge of what the shapes allow.
	 */
	private static void relabel(Graph graph, Random random) {
		List<Triple> triples = graph.find().filterKeep((t) -> !t.getObject().isBlank()).toList();
		Triple triple = triples.get(random.nextInt(triples.size()));
		Node object = triple.getObject();
		String lexical = LEXICAL.get(random.nextInt(LEXICAL.size()));
		Node value = object.isLiteral()
				? NodeFactory.createLiteralDT(random.nextBoolean() ? lexical : object.getLiteralLexicalForm() + "x",
						object.getLiteralDatatype())
				: NodeFactory.createURI(lexical.isBlank() ? "urn:x:blank" : lexical.replace(' ', '_'));
		if (!triple.getPredicate().equals(RDF.type.asNode())) {
			replace(graph, triple, Triple.create(triple.getSubject(), triple.getPredicate(), value));
		}
	}

	private static void replace(Graph graph, Triple old, Triple replacement) {
		graph.delete(old);
		graph.add(replacement);
	}

	private static Node type(List<Node> nodes, Random random) {
		List<Node> types = new ArrayList<>(List.of(CR.Work, CR.ExactUrl, CR.UrlPrefix, CR.Domain, CR.ContentHash,
				CR.ConsentCredential, CR.ConsentWithdrawal, VC.VerifiableCredential,
				NodeFactory.createURI(ODRL.NS + "Set"), NodeFactory.createURI("https://example.org/Other")));
		nodes.stream().filter(Node::isURI).forEach(types::add);
		return types.get(random.nextInt(types.size()));
	}

	private static Node value(Random random) {
		String lexical = LEXICAL.get(random.nextInt(LEXICAL.size()));
		return switch (random.nextInt(5)) {
			case 0 -> NodeFactory.createURI(lexical.isBlank() ? "urn:x:blank" : lexical.replace(' ', '_'));
			case 1 -> NodeFactory.createBlankNode();
			case 2 -> NodeFactory.createLiteralLang(lexical, "en");
			default -> literal(lexical, random);
		};
	}

	private static Node retyped(Node object, Random random) {
		if (object.isLiteral()) {
			String lexical = object.getLiteralLexicalForm();
			return switch (random.nextInt(4)) {
				case 0 -> literal(lexical + "\n", random);
				case 1 -> literal(lexical.toUpperCase(), random);
				case 2 -> NodeFactory.createLiteralLang(lexical, "en");
				default -> literal(lexical, random);
			};
		}
		return object.isURI() ? NodeFactory.createLiteralString(object.getURI()) : NodeFactory.createBlankNode();
	}

	private static Node literal(String lexical, Random random) {
		String[] datatypes = DATATYPES.split(" ");
		return NodeFactory.createLiteralDT(lexical,
				TypeMapper.getInstance().getSafeTypeByName(datatypes[random.nextInt(datatypes.length)]));
	}

}
