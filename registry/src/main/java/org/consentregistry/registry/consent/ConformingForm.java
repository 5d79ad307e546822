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

import static org.consentregistry.registry.consent.ConformingValues.DID_KEY;
import static org.consentregistry.registry.consent.ConformingValues.DOMAIN;
import static org.consentregistry.registry.consent.ConformingValues.MEDIA_TYPE;
import static org.consentregistry.registry.consent.ConformingValues.NOT_BLANK;
import static org.consentregistry.registry.consent.ConformingValues.SHA256;
import static org.consentregistry.registry.consent.ConformingValues.URL;
import static org.consentregistry.registry.consent.ConformingValues.URL_PREFIX;
import static org.consentregistry.registry.consent.ConformingValues.UUID;
import static org.consentregistry.registry.consent.ConformingValues.atMostOneString;
import static org.consentregistry.registry.consent.ConformingValues.iri;
import static org.consentregistry.registry.consent.ConformingValues.literal;
import static org.consentregistry.registry.consent.ConformingValues.optional;
import static org.consentregistry.registry.consent.ConformingValues.string;
import static org.consentregistry.registry.consent.ConformingValues.text;
import static org.consentregistry.registry.consent.ConformingValues.types;
import static org.consentregistry.registry.consent.ConformingValues.values;

/**
 * A test, in Java, that a credential's graph has the common form of a consent credential
 * on which the SHACL shapes report nothing: every triple belongs to the credential, its
 * work, the work's identifiers or its terms ({@link ConformingTerms}), each node plays
 * one part only, blank nodes form a tree, and every value meets the constraints of its
 * shape ({@link ConformingValues}). When the test holds, validation by Jena SHACL
 * conforms, which a differential test checks over the examples and thousands of mutated
 * graphs; when it does not, the caller validates with Jena SHACL as before, so every
 * report of a defect still comes from the shapes.
 */
final class ConformingForm {

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

}
