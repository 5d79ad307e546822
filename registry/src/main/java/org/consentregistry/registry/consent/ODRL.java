package org.consentregistry.registry.consent;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the ODRL 2.2 vocabulary ({@code http://www.w3.org/ns/odrl/2/}) that consent
 * terms use.
 */
final class ODRL {

	static final String NS = "http://www.w3.org/ns/odrl/2/";

	static final Node hasPolicy = term("hasPolicy");

	static final Node permission = term("permission");

	static final Node prohibition = term("prohibition");

	static final Node action = term("action");

	static final Node constraint = term("constraint");

	static final Node leftOperand = term("leftOperand");

	static final Node operator = term("operator");

	static final Node rightOperand = term("rightOperand");

	static final Node duty = term("duty");

	static final Node recipient = term("recipient");

	static final Node dateTime = term("dateTime");

	static final Node eq = term("eq");

	static final Node lt = term("lt");

	static final Node lteq = term("lteq");

	static final Node isAnyOf = term("isAnyOf");

	private ODRL() {
	}

	private static Node term(String localName) {
		return NodeFactory.createURI(NS + localName);
	}

}
