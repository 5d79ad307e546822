package org.consentregistry.registry.consent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * The value constraints of the consent credential shapes as Java predicates, for
 * {@link ConformingForm} and {@link ConformingTerms}: the shapes' patterns, lengths,
 * datatypes and counts, the same or stricter (a pattern anchored at the end also refuses
 * a line break, which {@code $} would let through).
 */
final class ConformingValues {

	static final Pattern UUID = Pattern
		.compile("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	static final Pattern DID_KEY = Pattern.compile("^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$");

	static final Pattern NOT_BLANK = Pattern.compile("[^\\s]");

	static final Pattern MEDIA_TYPE = Pattern.compile("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$");

	static final Pattern URL = Pattern.compile("^https?://[^\\s/?#@]+(/[^\\s#]*)?$");

	static final Pattern URL_PREFIX = Pattern.compile("^https?://[^\\s/?#@]+/[^\\s#]*$");

	static final Pattern DOMAIN = Pattern
		.compile("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?[.])+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$");

	static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

	private ConformingValues() {
	}

	static List<Node> values(Map<Node, List<Node>> properties, Node property) {
		return properties.getOrDefault(property, List.of());
	}

	static boolean types(Map<Node, List<Node>> properties, Node... expected) {
		return Set.copyOf(values(properties, RDF.type.asNode())).equals(Set.of(expected));
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

	static boolean atMostOneString(List<Node> values, int minLength, int maxLength, Pattern pattern) {
		return values.isEmpty() || (values.size() == 1 && string(values.get(0), minLength, maxLength, pattern));
	}

	static boolean string(Node node, int minLength, int maxLength, Pattern pattern) {
		return literal(node, XSD.xstring) && text(node.getLiteralLexicalForm(), minLength, maxLength, pattern);
	}

	static boolean text(String text, int minLength, int maxLength, Pattern pattern) {
		boolean anchored = pattern.pattern().endsWith("$");
		return text.length() >= minLength && text.length() <= maxLength && pattern.matcher(text).find() && !(anchored
				&& text.chars().anyMatch((c) -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029));
	}

}
