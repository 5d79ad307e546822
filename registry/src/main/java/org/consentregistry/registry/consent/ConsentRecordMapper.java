package org.consentregistry.registry.consent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * Maps a stored record (its graph and the registry's metadata) to the decision engine's
 * {@link ConsentRecord}: the work's identifiers, and its ODRL terms compiled to rules
 * (see {@link PolicyRules}).
 */
public final class ConsentRecordMapper {

	private ConsentRecordMapper() {
	}

	/** The engine's view of a record, in force from its receipt until it was replaced. */
	public static ConsentRecord toEngine(RecordEntry entry, Graph graph) {
		return toEngine(entry, describe(graph, entry.credential()));
	}

	/**
	 * The engine's view of a record whose graph {@link #describe} described as
	 * {@code work}.
	 */
	public static ConsentRecord toEngine(RecordEntry entry, WorkDescription work) {
		return new ConsentRecord(entry.record(), entry.issuer(), work.identifiers(), work.rules(), entry.received(),
				entry.supersededAt(), work.validFrom(), work.validUntil());
	}

	/** What the graph of credential {@code credentialId} says about its work. */
	public static WorkDescription describe(Graph graph, String credentialId) {
		Node credential = NodeFactory.createURI(credentialId);
		Node work = object(graph, credential, VC.credentialSubject).orElse(NodeFactory.createBlankNode());
		return new WorkDescription(work.isURI() ? work.getURI() : "", text(graph, work, VC.title),
				text(graph, work, CR.creatorName), text(graph, work, VC.encodingFormat), identifiers(graph, work),
				PolicyRules.of(graph, work), instant(graph, credential, VC.validFrom),
				instant(graph, credential, VC.validUntil), text(graph, work, VC.description));
	}

	static List<Identifier> identifiers(Graph graph, Node work) {
		List<Identifier> identifiers = new ArrayList<>();
		for (Triple triple : graph.find(work, CR.identifier, Node.ANY).toList()) {
			identifier(graph, triple.getObject()).ifPresent(identifiers::add);
		}
		identifiers.sort((a, b) -> a.toString().compareTo(b.toString()));
		return identifiers;
	}

	private static Optional<Identifier> identifier(Graph graph, Node node) {
		String url = text(graph, node, CR.url);
		String prefix = text(graph, node, CR.urlPrefix);
		String domain = text(graph, node, CR.domain);
		String sha256 = text(graph, node, CR.sha256);
		if (graph.contains(node, RDF.type.asNode(), CR.ExactUrl) && url != null) {
			return Optional.of(new Identifier.ExactUrl(url));
		}
		if (graph.contains(node, RDF.type.asNode(), CR.UrlPrefix) && prefix != null) {
			return Optional.of(new Identifier.UrlPrefix(prefix));
		}
		if (graph.contains(node, RDF.type.asNode(), CR.Domain) && domain != null) {
			return Optional.of(new Identifier.Domain(domain, "true".equals(text(graph, node, CR.includeSubdomains))));
		}
		if (graph.contains(node, RDF.type.asNode(), CR.ContentHash) && sha256 != null) {
			return Optional.of(new Identifier.Sha256(sha256));
		}
		return Optional.empty();
	}

	static Optional<Node> object(Graph graph, Node subject, Node property) {
		return graph.find(subject, property, Node.ANY).nextOptional().map(Triple::getObject);
	}

	static @Nullable String text(Graph graph, Node subject, Node property) {
		return object(graph, subject, property)
			.map((node) -> node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : null)
			.orElse(null);
	}

	static @Nullable Instant instant(Graph graph, Node subject, Node property) {
		String text = text(graph, subject, property);
		try {
			return (text != null) ? Instant.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
