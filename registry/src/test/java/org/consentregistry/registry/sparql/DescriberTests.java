package org.consentregistry.registry.sparql;

import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DESCRIBE: every triple with the resource as subject in the query's dataset, with the
 * closure of its blank nodes, bounded by the result limit.
 */
class DescriberTests {

	static final String TRIG = """
			<urn:example:graph-one> { <urn:example:work> <urn:example:policy> [ <urn:example:action> <urn:example:search> ] . }
			<urn:example:graph-two> { <urn:example:work> <urn:example:title> "Harbour" . <urn:example:other> <urn:example:title> "Orchard" . }
			<urn:example:graph-three> { <urn:example:work> <urn:example:note> "elsewhere" . }
			""";

	final DatasetGraph dataset = RDFParser.fromString(TRIG, Lang.TRIG).toDatasetGraph();

	@Test
	void describesTheSubjectInEveryGraphWithItsBlankNodes() {
		Graph described = describe("DESCRIBE <urn:example:work>", 100);
		assertThat(described.size()).isEqualTo(4);
		assertThat(described.find(null, node("urn:example:action"), node("urn:example:search")).toList()).hasSize(1);
	}

	@Test
	void keepsToTheGraphsTheQueryNames() {
		Graph described = describe("DESCRIBE <urn:example:work> FROM <urn:example:graph-two>", 100);
		assertThat(described.find().toList()).extracting((triple) -> triple.getObject().getLiteralLexicalForm())
			.containsExactly("Harbour");
	}

	@Test
	void describesWhatAPatternFinds() {
		Graph described = describe(
				"DESCRIBE ?x WHERE { GRAPH <urn:example:graph-two> { ?x <urn:example:title> \"Orchard\" } }", 100);
		assertThat(described.find().toList()).hasSize(1)
			.allMatch((triple) -> triple.getSubject().getURI().equals("urn:example:other"));
	}

	@Test
	void refusesADescriptionLargerThanTheLimit() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> describe("DESCRIBE <urn:example:work>", 3))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.SPARQL_TOO_MANY_RESULTS));
	}

	private Graph describe(String query, int maxResults) {
		SparqlProperties limits = new SparqlProperties(Duration.ofSeconds(5), maxResults, 1000, 1,
				Duration.ofSeconds(1));
		return Txn.calculateRead(this.dataset,
				() -> new Describer(this.dataset, limits).describe(QueryFactory.create(query)).graph());
	}

	private static org.apache.jena.graph.Node node(String iri) {
		return org.apache.jena.graph.NodeFactory.createURI(iri);
	}

}
