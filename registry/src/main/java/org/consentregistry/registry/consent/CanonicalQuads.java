package org.consentregistry.registry.consent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * A reader of the canonical N-Quads that the verifier writes (RDFC-1.0 §4.6: one quad a
 * line, terms separated by one space, no comments): the same graph as Jena's N-Quads
 * parser, without building a parser for each credential. Terms are made as the parser
 * makes them ({@link CanonicalTerms}), so an IRI that the parser refuses is refused here
 * too, and literals are read by {@link QuotedString}. Each blank node label gets a fresh
 * blank node, as the parser's do. A line outside that form (a named graph, an escape in
 * an IRI, a directional language tag) makes the reader give up, and the caller parses
 * with Jena.
 */
final class CanonicalQuads {

	/** Absolute IRIs of printable ASCII without the characters N-Quads refuses in one. */
	private static final Pattern PLAIN_IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[!#-;=?-\\[\\]_a-z~]*");

	private static final Pattern CANONICAL_LABEL = Pattern.compile("c14n[0-9]+");

	private final String text;

	private final Map<String, Node> blanks = new HashMap<>();

	private final CanonicalTerms terms = new CanonicalTerms();

	private int at;

	private long line = 1;

	private CanonicalQuads(String text) {
		this.text = text;
	}

	/**
	 * The graph of canonical N-Quads in the default graph, or empty if the text is not in
	 * the form this reader takes.
	 * @throws ProblemException {@code too-many-triples} beyond {@code maxTriples}
	 */
	static Optional<Graph> read(String nquads, int maxTriples) {
		return new CanonicalQuads(nquads).graph(maxTriples);
	}

	private Optional<Graph> graph(int maxTriples) {
		Graph graph = GraphFactory.createDefaultGraph();
		while (this.at < this.text.length()) {
			Node subject = subject();
			Node predicate = (subject != null && space()) ? iri() : null;
			Node object = (predicate != null && space()) ? object() : null;
			if (object == null || !endOfLine()) {
				return Optional.empty();
			}
			if (graph.size() >= maxTriples) {
				throw new ProblemException(Problem.TOO_MANY_TRIPLES,
						"Expected at most " + maxTriples + " triples but the credential has more");
			}
			graph.add(this.terms.triple(subject, predicate, object, this.line));
			this.line++;
		}
		return Optional.of(graph);
	}

	private Node subject() {
		return peek('_') ? blank() : iri();
	}

	private Node object() {
		if (peek('_')) {
			return blank();
		}
		return peek('"') ? literal() : iri();
	}

	private Node blank() {
		if (!this.text.startsWith("_:", this.at)) {
			return null;
		}
		int end = this.text.indexOf(' ', this.at);
		if (end < 0) {
			return null;
		}
		String label = this.text.substring(this.at + 2, end);
		if (!CANONICAL_LABEL.matcher(label).matches()) {
			return null;
		}
		this.at = end;
		return this.blanks.computeIfAbsent(label, (l) -> NodeFactory.createBlankNode());
	}

	private Node iri() {
		if (!peek('<')) {
			return null;
		}
		int end = this.text.indexOf('>', this.at);
		if (end < 0) {
			return null;
		}
		String iri = this.text.substring(this.at + 1, end);
		if (!PLAIN_IRI.matcher(iri).matches()) {
			return null;
		}
		this.at = end + 1;
		return this.terms.iri(iri, this.line);
	}

	private Node literal() {
		QuotedString.Read quoted = QuotedString.read(this.text, this.at);
		if (quoted == null) {
			return null;
		}
		String lexical = quoted.lexical();
		this.at = quoted.end();
		if (peek('@')) {
			int end = this.text.indexOf(' ', this.at);
			String language = (end < 0) ? "" : this.text.substring(this.at + 1, end);
			if (language.isEmpty() || language.contains("--")) {
				return null;
			}
			this.at = end;
			return this.terms.langString(lexical, language, this.line);
		}
		if (this.text.startsWith("^^", this.at)) {
			this.at += 2;
			Node datatype = iri();
			return (datatype != null) ? this.terms.typed(lexical, datatype.getURI(), this.line) : null;
		}
		return this.terms.string(lexical, this.line);
	}

	private boolean peek(char c) {
		return this.at < this.text.length() && this.text.charAt(this.at) == c;
	}

	private boolean space() {
		if (peek(' ')) {
			this.at++;
			return true;
		}
		return false;
	}

	private boolean endOfLine() {
		if (this.text.startsWith(" .\n", this.at)) {
			this.at += 3;
			return true;
		}
		return false;
	}

}
