package org.consentregistry.registry.consent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.FactoryRDFStd;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * A reader of the canonical N-Quads that the verifier writes (RDFC-1.0 §4.6: one quad a
 * line, terms separated by one space, no comments): the same graph as Jena's N-Quads
 * parser, without building a parser for each credential. Terms are made by a Jena parser
 * profile with the parser's checks, so an IRI that the parser refuses is refused here
 * too; an IRI that passed is kept for the next credentials (the vocabulary's IRIs repeat
 * in all of them). Each blank node label gets a fresh blank node, as the parser's do. A
 * line outside that form (a named graph, an escape in an IRI, a directional language tag)
 * makes the reader give up, and the caller parses with Jena.
 */
final class CanonicalQuads {

	private static final int MAX_KEPT_IRIS = 4096;

	/** Absolute IRIs of printable ASCII without the characters N-Quads refuses in one. */
	private static final Pattern PLAIN_IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[!#-;=?-\\[\\]_a-z~]*");

	private static final Pattern CANONICAL_LABEL = Pattern.compile("c14n[0-9]+");

	private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

	private static final Map<String, Node> IRIS = new ConcurrentHashMap<>();

	private static final ThreadLocal<ParserProfile> PROFILE = ThreadLocal
		.withInitial(() -> new ParserProfileStd(new FactoryRDFStd(), ErrorHandlerFactory.getDefaultErrorHandler(),
				IRIxResolver.create().noBase().build(), PrefixMapFactory.create(), new Context(), true, false));

	private final String text;

	private final Map<String, Node> blanks = new HashMap<>();

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
		ParserProfile profile = PROFILE.get();
		while (this.at < this.text.length()) {
			Node subject = subject(profile);
			Node predicate = (subject != null && space()) ? iri(profile) : null;
			Node object = (predicate != null && space()) ? object(profile) : null;
			if (object == null || !endOfLine()) {
				return Optional.empty();
			}
			if (graph.size() >= maxTriples) {
				throw new ProblemException(Problem.TOO_MANY_TRIPLES,
						"Expected at most " + maxTriples + " triples but the credential has more");
			}
			graph.add(profile.createTriple(subject, predicate, object, this.line, 1));
			this.line++;
		}
		return Optional.of(graph);
	}

	private Node subject(ParserProfile profile) {
		return peek('_') ? blank() : iri(profile);
	}

	private Node object(ParserProfile profile) {
		if (peek('_')) {
			return blank();
		}
		return peek('"') ? literal(profile) : iri(profile);
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

	private Node iri(ParserProfile profile) {
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
		Node node = IRIS.get(iri);
		if (node == null) {
			node = profile.createURI(iri, this.line, 1);
			if (IRIS.size() < MAX_KEPT_IRIS) {
				IRIS.put(iri, node);
			}
		}
		return node;
	}

	private Node literal(ParserProfile profile) {
		String lexical = quoted();
		if (lexical == null) {
			return null;
		}
		if (peek('@')) {
			int end = this.text.indexOf(' ', this.at);
			String language = (end < 0) ? "" : this.text.substring(this.at + 1, end);
			if (language.isEmpty() || language.contains("--")) {
				return null;
			}
			this.at = end;
			return profile.createLangLiteral(lexical, language, this.line, 1);
		}
		if (this.text.startsWith("^^", this.at)) {
			this.at += 2;
			Node datatype = iri(profile);
			return (datatype != null) ? typed(profile, lexical, datatype.getURI()) : null;
		}
		return profile.createStringLiteral(lexical, this.line, 1);
	}

	private Node typed(ParserProfile profile, String lexical, String datatype) {
		if (datatype.equals(RDF.dtLangString.getURI()) || datatype.equals(RDF.dtDirLangString.getURI())) {
			return null;
		}
		return profile.createTypedLiteral(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype), this.line, 1);
	}

	private String quoted() {
		StringBuilder out = null;
		int start = ++this.at;
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (c == '"') {
				String lexical = (out == null) ? this.text.substring(start, this.at) : out.toString();
				this.at++;
				return lexical;
			}
			if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
				return null;
			}
			if (c == '\\') {
				if (out == null) {
					out = new StringBuilder(this.text.substring(start, this.at));
				}
				if (!unescape(out)) {
					return null;
				}
				continue;
			}
			if (out != null) {
				out.append(c);
			}
			this.at++;
		}
		return null;
	}

	/** Appends the escape at {@code at} (ECHAR or UCHAR) and moves past it. */
	private boolean unescape(StringBuilder out) {
		if (this.at + 1 >= this.text.length()) {
			return false;
		}
		char e = this.text.charAt(this.at + 1);
		int digits = (e == 'u') ? 4 : (e == 'U') ? 8 : 0;
		if (digits > 0) {
			if (this.at + 2 + digits > this.text.length()) {
				return false;
			}
			String hex = this.text.substring(this.at + 2, this.at + 2 + digits);
			if (!HEX.matcher(hex).matches()) {
				return false;
			}
			int codePoint = Integer.parseInt(hex, 16);
			if (codePoint < 0x20 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
				return false;
			}
			out.appendCodePoint(codePoint);
			this.at += 2 + digits;
			return true;
		}
		String echar = "tbnrf\"'\\";
		int index = echar.indexOf(e);
		if (index < 0) {
			return false;
		}
		out.append("\t\b\n\r\f\"'\\".charAt(index));
		this.at += 2;
		return true;
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
