package org.consentregistry.registry.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.consent.CR;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes control claims and their checks in the graph
 * {@code urn:consent-registry:control}. A claim is {@code urn:uuid:<id>}, its identifier
 * {@code urn:uuid:<id>#identifier}, each check {@code urn:uuid:<random>}. Callers hold
 * the transaction.
 */
final class ClaimGraph {

	/** The name of the control graph. */
	static final Node CONTROL = NodeFactory.createURI("urn:consent-registry:control");

	private final DatasetGraph dataset;

	ClaimGraph(DatasetGraph dataset) {
		this.dataset = dataset;
	}

	void add(ControlClaim claim) {
		Node node = node(claim.id());
		Node identifier = NodeFactory.createURI(node.getURI() + "#identifier");
		put(node, RDF.type.asNode(), CR.ControlClaim);
		put(node, CR.claimant, NodeFactory.createURI(claim.issuer()));
		put(node, CR.claimedIdentifier, identifier);
		put(node, CR.token, NodeFactory.createLiteralString(claim.token()));
		put(node, CR.claimedAt, dateTime(claim.claimedAt()));
		if (claim.identifier() instanceof Identifier.Domain domain) {
			put(identifier, RDF.type.asNode(), CR.Domain);
			put(identifier, CR.domain, NodeFactory.createLiteralString(domain.host()));
			put(identifier, CR.includeSubdomains,
					NodeFactory.createLiteralDT(Boolean.toString(domain.includeSubdomains()), XSDDatatype.XSDboolean));
		}
		else {
			put(identifier, RDF.type.asNode(), CR.UrlPrefix);
			put(identifier, CR.urlPrefix,
					NodeFactory.createLiteralString(((Identifier.UrlPrefix) claim.identifier()).prefix()));
		}
		claim.checks().forEach((check) -> addCheck(claim.id(), check));
	}

	void addCheck(UUID claim, ControlCheck check) {
		Node node = NodeFactory.createURI("urn:uuid:" + UUID.randomUUID());
		put(node, RDF.type.asNode(), CR.ControlCheck);
		put(node, CR.checkOf, node(claim));
		put(node, CR.checkedAt, dateTime(check.checkedAt()));
		put(node, CR.checkResult, check.passed() ? CR.Passed : CR.Failed);
		ControlMethod method = check.method();
		Instant expires = check.expires();
		if (method != null) {
			put(node, CR.controlMethod, method.node());
		}
		if (expires != null) {
			put(node, CR.verifiedUntil, dateTime(expires));
		}
		put(node, CR.checkDetail, NodeFactory.createLiteralString(check.detail()));
	}

	/** Removes a claim, its identifier and its checks. */
	void remove(UUID claim) {
		Node node = node(claim);
		for (Quad check : Iter.toList(this.dataset.find(CONTROL, Node.ANY, CR.checkOf, node))) {
			this.dataset.deleteAny(CONTROL, check.getSubject(), Node.ANY, Node.ANY);
		}
		this.dataset.deleteAny(CONTROL, NodeFactory.createURI(node.getURI() + "#identifier"), Node.ANY, Node.ANY);
		this.dataset.deleteAny(CONTROL, node, Node.ANY, Node.ANY);
	}

	Optional<ControlClaim> find(UUID id) {
		Node node = node(id);
		if (!this.dataset.contains(CONTROL, node, RDF.type.asNode(), CR.ControlClaim)) {
			return Optional.empty();
		}
		Node identifier = required(node, CR.claimedIdentifier);
		List<ControlCheck> checks = new ArrayList<>();
		for (Quad quad : Iter.toList(this.dataset.find(CONTROL, Node.ANY, CR.checkOf, node))) {
			checks.add(check(quad.getSubject()));
		}
		return Optional.of(new ControlClaim(id, required(node, CR.claimant).getURI(), identifier(identifier),
				lexical(node, CR.token), Instant.parse(lexical(node, CR.claimedAt)), checks));
	}

	/** Every claim, or those of {@code issuer}. */
	List<ControlClaim> all(@Nullable String issuer) {
		List<Quad> quads = (issuer != null)
				? Iter.toList(this.dataset.find(CONTROL, Node.ANY, CR.claimant, NodeFactory.createURI(issuer)))
				: Iter.toList(this.dataset.find(CONTROL, Node.ANY, RDF.type.asNode(), CR.ControlClaim));
		List<ControlClaim> claims = new ArrayList<>();
		for (Quad quad : quads) {
			idOf(quad.getSubject()).flatMap(this::find).ifPresent(claims::add);
		}
		return claims;
	}

	private ControlCheck check(Node node) {
		Node method = optional(node, CR.controlMethod);
		Node expires = optional(node, CR.verifiedUntil);
		return new ControlCheck(Instant.parse(lexical(node, CR.checkedAt)),
				CR.Passed.equals(required(node, CR.checkResult)),
				(method != null) ? ControlMethod.of(method).orElse(null) : null,
				(expires != null) ? Instant.parse(expires.getLiteralLexicalForm()) : null,
				lexical(node, CR.checkDetail));
	}

	private Identifier identifier(Node node) {
		if (this.dataset.contains(CONTROL, node, RDF.type.asNode(), CR.Domain)) {
			return new Identifier.Domain(lexical(node, CR.domain), "true".equals(lexical(node, CR.includeSubdomains)));
		}
		return new Identifier.UrlPrefix(lexical(node, CR.urlPrefix));
	}

	static Node node(UUID id) {
		return NodeFactory.createURI("urn:uuid:" + id);
	}

	static Optional<UUID> idOf(Node node) {
		String iri = node.isURI() ? node.getURI() : "";
		try {
			return iri.startsWith("urn:uuid:") ? Optional.of(UUID.fromString(iri.substring(9))) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private @Nullable Node optional(Node subject, Node property) {
		var found = this.dataset.find(CONTROL, subject, property, Node.ANY);
		try {
			return found.hasNext() ? found.next().getObject() : null;
		}
		finally {
			Iter.close(found);
		}
	}

	private Node required(Node subject, Node property) {
		Node value = optional(subject, property);
		if (value == null) {
			throw new IllegalStateException("Control graph: " + subject + " has no " + property);
		}
		return value;
	}

	private String lexical(Node subject, Node property) {
		return required(subject, property).getLiteralLexicalForm();
	}

	private void put(Node s, Node p, Node o) {
		this.dataset.add(new Quad(CONTROL, s, p, o));
	}

	private static Node dateTime(Instant instant) {
		return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
	}

}
