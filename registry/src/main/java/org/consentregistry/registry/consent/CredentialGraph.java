package org.consentregistry.registry.consent;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The RDF graph of a verified credential (its canonical N-Quads, without the proof), and
 * what the registry reads from it.
 *
 * @param graph the credential's triples
 * @param subject the credential node (its id)
 */
record CredentialGraph(Graph graph, Node subject) {

	/**
	 * Parses canonical N-Quads, refusing more than {@code maxTriples} triples and any
	 * quad outside the default graph.
	 */
	static CredentialGraph parse(String canonicalNQuads, String credentialId, int maxTriples) {
		Graph graph = CanonicalQuads.read(canonicalNQuads, maxTriples)
			.orElseGet(() -> parseWithJena(canonicalNQuads, maxTriples));
		return new CredentialGraph(graph, org.apache.jena.graph.NodeFactory.createURI(credentialId));
	}

	/** {@link #parse} by Jena's N-Quads parser: for any N-Quads. */
	static Graph parseWithJena(String canonicalNQuads, int maxTriples) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(canonicalNQuads, Lang.NQUADS).parse(new StreamRDFBase() {
			@Override
			public void triple(Triple triple) {
				if (graph.size() >= maxTriples) {
					throw new ProblemException(Problem.TOO_MANY_TRIPLES,
							"Expected at most " + maxTriples + " triples but the credential has more");
				}
				graph.add(triple);
			}

			@Override
			public void quad(Quad quad) {
				if (!quad.isDefaultGraph()) {
					throw new ProblemException(Problem.MALFORMED_CREDENTIAL,
							"Expected the credential's statements in the default graph but found graph "
									+ quad.getGraph());
				}
				triple(quad.asTriple());
			}
		});
		return graph;
	}

	/** Whether the credential is a withdrawal. */
	boolean isWithdrawal() {
		return this.graph.contains(this.subject, RDF.type.asNode(), CR.ConsentWithdrawal);
	}

	/** The credential's type local name: ConsentWithdrawal or ConsentCredential. */
	String kind() {
		return isWithdrawal() ? "ConsentWithdrawal" : "ConsentCredential";
	}

	/** The IRI the credential replaces, if any. */
	Optional<String> replaces() {
		return object(this.subject, CR.replaces).filter(Node::isURI).map(Node::getURI);
	}

	/** The work (credential subject) IRI, if it is an IRI. */
	Optional<String> work() {
		return object(this.subject, VC.credentialSubject).filter(Node::isURI).map(Node::getURI);
	}

	private Optional<Node> object(Node s, Node p) {
		List<Triple> found = this.graph.find(s, p, Node.ANY).toList();
		return (found.size() == 1) ? Optional.of(found.get(0).getObject()) : Optional.empty();
	}

	static @Nullable String lexical(@Nullable Node node) {
		return (node != null && node.isLiteral()) ? node.getLiteralLexicalForm() : null;
	}

}
