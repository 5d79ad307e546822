package org.consentregistry.registry.consent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.jspecify.annotations.Nullable;

/**
 * A test, in Java, that a credential's graph has the common form of a consent credential
 * on which the SHACL shapes report nothing: every triple belongs to the credential, its
 * work, the work's identifiers or its terms ({@link ConformingTerms}), each node plays
 * one part only, blank nodes form a tree, and every value meets the constraints of its
 * shape, the same or stricter (a pattern anchored at the end also refuses a line break,
 * which {@code $} would let through). When the test holds, validation by Jena SHACL
 * conforms, which a differential test checks over the examples and thousands of mutated
 * graphs; when it does not, the caller validates with Jena SHACL as before, so every
 * report of a defect still comes from the shapes.
 */
final class ConformingForm {

	static final Pattern UUID = Pattern
		.compile("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private static final Pattern DID_KEY = Pattern.compile("^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$");

	private static final Pattern NOT_BLANK = Pattern.compile("[^\\s]");

	private static final Pattern MEDIA_TYPE = Pattern
		.compile("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$");

	private static final Pattern URL = Pattern.compile("^https?://[^\\s/?#@]+(/[^\\s#]*)?$");

	private static final Pattern URL_PREFIX = Pattern.compile("^https?://[^\\s/?#@]+/[^\\s#]*$");

	private static final Pattern DOMAIN = Pattern
		.compile("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?[.])+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$");

	private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

	private static final Node TYPE = RDF.type.asNode();

	private static final Set<Node> CREDENTIAL = Set.of(TYPE, VC.issuer, VC.validFrom, VC.validUntil,
			VC.credentialSubject, CR.replaces);

	private static final Set<Node> WORK = Set.of(TYPE, VC.title, CR.creatorName, VC.description, VC.encodingFormat,
			CR.identifier, ODRL.hasPolicy);

	private final Graph graph;

	private final Set<Node> parts = new HashSet<>();

	private int claimed;

	private ConformingForm(Graph graph) {
		this.graph = graph;
	}

	/** Whether the graph has the form; if so, the shapes report nothing on it. */
	static boolean holds(Graph graph) {
		List<Triple> subjects = graph.find(Node.ANY, VC.credentialSubject, Node.ANY).toList();
		if (subjects.size() != 1) {
			return false;
		}
		ConformingForm form = new ConformingForm(graph);
		return form.credential(subjects.get(0).getSubject()) && form.claimed == graph.size();
	}

	private boolean credential(Node credential) {
		Map<Node, List<Node>> properties = claim(credential, CREDENTIAL);
		if (properties == null || !iri(credential, UUID)
				|| !types(properties, VC.VerifiableCredential, CR.ConsentCredential)) {
			return false;
		}
		List<Node> issuer = values(properties, VC.issuer);
		List<Node> work = values(properties, VC.credentialSubject);
		List<Node> replaces = values(properties, CR.replaces);
		return issuer.size() == 1 && iri(issuer.get(0), DID_KEY) && optional(properties, VC.validFrom, XSD.dateTime)
				&& optional(properties, VC.validUntil, XSD.dateTime) && replaces.size() <= 1
				&& replaces.stream().allMatch((r) -> iri(r, UUID) && !r.equals(credential)) && work.size() == 1
				&& iri(work.get(0), UUID) && work(work.get(0));
	}

	private boolean work(Node work) {
		Map<Node, List<Node>> properties = claim(work, WORK);
		if (properties == null || !types(properties, CR.Work)) {
			return false;
		}
		List<Node> title = values(properties, VC.title);
		List<Node> identifiers = values(properties, CR.identifier);
		List<Node> terms = values(properties, ODRL.hasPolicy);
		return title.size() == 1 && string(title.get(0), 1, 500, NOT_BLANK)
				&& atMostOneString(values(properties, CR.creatorName), 1, 200, NOT_BLANK)
				&& atMostOneString(values(properties, VC.description), 1, 2000, NOT_BLANK)
				&& atMostOneString(values(properties, VC.encodingFormat), 0, 255, MEDIA_TYPE) && !identifiers.isEmpty()
				&& identifiers.size() <= 100 && identifiers.stream().allMatch(this::identifier) && terms.size() == 1
				&& new ConformingTerms(this).policy(terms.get(0));
	}

	private boolean identifier(Node identifier) {
		if (!blankTreeNode(identifier)) {
			return false;
		}
		Node kind = this.graph.find(identifier, TYPE, Node.ANY).nextOptional().map(Triple::getObject).orElse(TYPE);
		if (kind.equals(CR.ExactUrl)) {
			return one(claim(identifier, Set.of(TYPE, CR.url)), CR.url, XSD.anyURI, 2048, URL, kind);
		}
		if (kind.equals(CR.UrlPrefix)) {
			return one(claim(identifier, Set.of(TYPE, CR.urlPrefix)), CR.urlPrefix, XSD.anyURI, 2048, URL_PREFIX, kind);
		}
		if (kind.equals(CR.ContentHash)) {
			return one(claim(identifier, Set.of(TYPE, CR.sha256)), CR.sha256, XSD.xstring, 64, SHA256, kind);
		}
		if (kind.equals(CR.Domain)) {
			Map<Node, List<Node>> properties = claim(identifier, Set.of(TYPE, CR.domain, CR.includeSubdomains));
			return one(properties, CR.domain, XSD.xstring, 253, DOMAIN, kind)
					&& optional(properties, CR.includeSubdomains, XSD.xboolean);
		}
		return false;
	}

	private boolean one(@Nullable Map<Node, List<Node>> properties, Node property, Resource datatype, int maxLength,
			Pattern pattern, Node kind) {
		if (properties == null || !types(properties, kind)) {
			return false;
		}
		List<Node> values = values(properties, property);
		return values.size() == 1 && literal(values.get(0), datatype)
				&& text(values.get(0).getLiteralLexicalForm(), 0, maxLength, pattern);
	}

	/**
	 * The properties of a node that takes its part now (it has none yet), its triples
	 * counted as claimed; {@code null} if it had a part or has another property.
	 */
	@Nullable Map<Node, List<Node>> claim(Node node, Set<Node> allowed) {
		if (!this.parts.add(node)) {
			return null;
		}
		Map<Node, List<Node>> properties = new HashMap<>();
		ExtendedIterator<Triple> triples = this.graph.find(node, Node.ANY, Node.ANY);
		try {
			while (triples.hasNext()) {
				Triple triple = triples.next();
				if (!allowed.contains(triple.getPredicate())) {
					return null;
				}
				properties.computeIfAbsent(triple.getPredicate(), (p) -> new ArrayList<>()).add(triple.getObject());
				this.claimed++;
			}
		}
		finally {
			triples.close();
		}
		return properties;
	}

	/** A blank node that is the object of exactly one triple. */
	boolean blankTreeNode(Node node) {
		return node.isBlank() && this.graph.find(Node.ANY, Node.ANY, node).toList().size() == 1;
	}

	static List<Node> values(Map<Node, List<Node>> properties, Node property) {
		return properties.getOrDefault(property, List.of());
	}

	static boolean types(Map<Node, List<Node>> properties, Node... expected) {
		return Set.copyOf(values(properties, TYPE)).equals(Set.of(expected));
	}

	static boolean optional(Map<Node, List<Node>> properties, Node property, Resource datatype) {
		List<Node> values = values(properties, property);
		return values.isEmpty() || (values.size() == 1 && literal(values.get(0), datatype));
	}

	/** A literal of the datatype whose lexical form is valid for it. */
	static boolean literal(Node node, Resource datatype) {
		return node.isLiteral() && node.getLiteralDatatypeURI().equals(datatype.getURI())
				&& node.getLiteralLanguage().isEmpty()
				&& node.getLiteralDatatype().isValid(node.getLiteralLexicalForm());
	}

	static boolean iri(Node node, Pattern pattern) {
		return node.isURI() && text(node.getURI(), 0, Integer.MAX_VALUE, pattern);
	}

	private static boolean atMostOneString(List<Node> values, int minLength, int maxLength, Pattern pattern) {
		return values.isEmpty() || (values.size() == 1 && string(values.get(0), minLength, maxLength, pattern));
	}

	static boolean string(Node node, int minLength, int maxLength, Pattern pattern) {
		return literal(node, XSD.xstring) && text(node.getLiteralLexicalForm(), minLength, maxLength, pattern);
	}

	private static boolean text(String text, int minLength, int maxLength, Pattern pattern) {
		boolean anchored = pattern.pattern().endsWith("$");
		return text.length() >= minLength && text.length() <= maxLength && pattern.matcher(text).find() && !(anchored
				&& text.chars().anyMatch((c) -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029));
	}

}
