package org.consentregistry.registry.consent;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The consent vocabulary ({@code https://w3id.org/consent-registry/vocab#}), plus the
 * terms of the registry's own metadata graph.
 *
 * @see <a href=
 * "../../../../../../../../schemas/vocab/consent.ttl">schemas/vocab/consent.ttl</a>
 */
public final class CR {

	/** The namespace. */
	public static final String NS = "https://w3id.org/consent-registry/vocab#";

	// Classes

	public static final Node ConsentCredential = term("ConsentCredential");

	public static final Node ConsentWithdrawal = term("ConsentWithdrawal");

	public static final Node Work = term("Work");

	public static final Node ExactUrl = term("ExactUrl");

	public static final Node UrlPrefix = term("UrlPrefix");

	public static final Node Domain = term("Domain");

	public static final Node ContentHash = term("ContentHash");

	// Properties

	public static final Node replaces = term("replaces");

	public static final Node creatorName = term("creatorName");

	public static final Node identifier = term("identifier");

	public static final Node url = term("url");

	public static final Node urlPrefix = term("urlPrefix");

	public static final Node domain = term("domain");

	public static final Node includeSubdomains = term("includeSubdomains");

	public static final Node sha256 = term("sha256");

	public static final Node commercialUse = term("commercialUse");

	// Registry metadata (the registry graph)

	/** The class of the registry's record entries. */
	public static final Node Record = term("Record");

	public static final Node credential = term("credential");

	public static final Node issuer = term("issuer");

	public static final Node work = term("work");

	public static final Node received = term("received");

	/** The index of a record's log entry. */
	public static final Node logIndex = term("logIndex");

	public static final Node issued = term("issued");

	public static final Node status = term("status");

	public static final Node supersededBy = term("supersededBy");

	public static final Node originalBytes = term("originalBytes");

	public static final Node canonicalSha256 = term("canonicalSha256");

	public static final Node mediaType = term("mediaType");

	public static final Node Current = term("Current");

	public static final Node Superseded = term("Superseded");

	public static final Node Withdrawn = term("Withdrawn");

	// Proof of control (the control graph)

	public static final Node ControlClaim = term("ControlClaim");

	public static final Node ControlCheck = term("ControlCheck");

	public static final Node claimant = term("claimant");

	public static final Node claimedIdentifier = term("claimedIdentifier");

	public static final Node token = term("token");

	public static final Node claimedAt = term("claimedAt");

	public static final Node checkOf = term("checkOf");

	public static final Node checkedAt = term("checkedAt");

	public static final Node checkResult = term("checkResult");

	public static final Node Passed = term("Passed");

	public static final Node Failed = term("Failed");

	public static final Node controlMethod = term("controlMethod");

	public static final Node HttpWellKnown = term("HttpWellKnown");

	public static final Node DnsTxt = term("DnsTxt");

	public static final Node MetaTag = term("MetaTag");

	public static final Node verifiedUntil = term("verifiedUntil");

	public static final Node checkDetail = term("checkDetail");

	private CR() {
	}

	private static Node term(String localName) {
		return NodeFactory.createURI(NS + localName);
	}

}
