package org.consentregistry.registry.consent;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.consentregistry.blocker.policy.Purpose;

/**
 * The part of {@link ConformingForm} that tests a work's terms: an {@code odrl:Set} with
 * at least one permission or prohibition, each with one known purpose as its action,
 * constraints of the three known forms with different left operands, and duties
 * (permissions only) to attribute or compensate. Rules, duties and constraints are blank
 * nodes without a type.
 */
final class ConformingTerms {

	private static final Pattern RECIPIENT_IRI = Pattern.compile("^(https?://|did:)");

	private static final Pattern RECIPIENT_TEXT = Pattern.compile("^(https?://|did:)[^\\s]+$");

	private static final Node SET = NodeFactory.createURI(ODRL.NS + "Set");

	private static final Set<Node> PURPOSES = purposes();

	private static final Set<Node> DUTY_ACTIONS = Set.of(NodeFactory.createURI(ODRL.NS + "attribute"),
			NodeFactory.createURI(ODRL.NS + "compensate"));

	private static final Set<Node> CONSTRAINT = Set.of(ODRL.leftOperand, ODRL.operator, ODRL.rightOperand);

	private final ConformingForm form;

	ConformingTerms(ConformingForm form) {
		this.form = form;
	}

	boolean policy(Node policy) {
		Map<Node, List<Node>> properties = this.form.blankTreeNode(policy)
				? this.form.claim(policy, Set.of(RDF.type.asNode(), ODRL.permission, ODRL.prohibition)) : null;
		if (properties == null || !ConformingValues.types(properties, SET)) {
			return false;
		}
		List<Node> permissions = ConformingValues.values(properties, ODRL.permission);
		List<Node> prohibitions = ConformingValues.values(properties, ODRL.prohibition);
		return !(permissions.isEmpty() && prohibitions.isEmpty())
				&& permissions.stream().allMatch((rule) -> rule(rule, true))
				&& prohibitions.stream().allMatch((rule) -> rule(rule, false));
	}

	private boolean rule(Node rule, boolean permission) {
		Set<Node> allowed = permission ? Set.of(ODRL.action, ODRL.constraint, ODRL.duty)
				: Set.of(ODRL.action, ODRL.constraint);
		Map<Node, List<Node>> properties = this.form.blankTreeNode(rule) ? this.form.claim(rule, allowed) : null;
		if (properties == null) {
			return false;
		}
		List<Node> action = ConformingValues.values(properties, ODRL.action);
		Set<Node> leftOperands = new HashSet<>();
		for (Node constraint : ConformingValues.values(properties, ODRL.constraint)) {
			Node leftOperand = constraint(constraint);
			if (leftOperand == null || !leftOperands.add(leftOperand)) {
				return false;
			}
		}
		return action.size() == 1 && PURPOSES.contains(action.get(0))
				&& ConformingValues.values(properties, ODRL.duty).stream().allMatch(this::duty);
	}

	private boolean duty(Node duty) {
		Map<Node, List<Node>> properties = this.form.blankTreeNode(duty) ? this.form.claim(duty, Set.of(ODRL.action))
				: null;
		if (properties == null) {
			return false;
		}
		List<Node> action = ConformingValues.values(properties, ODRL.action);
		return action.size() == 1 && DUTY_ACTIONS.contains(action.get(0));
	}

	/** The constraint's left operand if it has one of the known forms, else null. */
	private Node constraint(Node constraint) {
		Map<Node, List<Node>> properties = this.form.blankTreeNode(constraint) ? this.form.claim(constraint, CONSTRAINT)
				: null;
		if (properties == null) {
			return null;
		}
		List<Node> left = ConformingValues.values(properties, ODRL.leftOperand);
		List<Node> operator = ConformingValues.values(properties, ODRL.operator);
		List<Node> right = ConformingValues.values(properties, ODRL.rightOperand);
		if (left.size() != 1 || operator.size() != 1 || right.isEmpty() || right.size() > 100) {
			return null;
		}
		Node leftOperand = left.get(0);
		Node op = operator.get(0);
		boolean fits;
		if (leftOperand.equals(ODRL.recipient)) {
			fits = (op.equals(ODRL.eq) || op.equals(ODRL.isAnyOf))
					&& right.stream().allMatch(ConformingTerms::recipient);
		}
		else if (leftOperand.equals(ODRL.dateTime)) {
			fits = (op.equals(ODRL.lt) || op.equals(ODRL.lteq)) && right.size() == 1
					&& ConformingValues.literal(right.get(0), XSD.dateTime);
		}
		else {
			fits = leftOperand.equals(CR.commercialUse) && op.equals(ODRL.eq) && right.size() == 1
					&& ConformingValues.literal(right.get(0), XSD.xboolean);
		}
		return fits ? leftOperand : null;
	}

	private static boolean recipient(Node value) {
		return ConformingValues.iri(value, RECIPIENT_IRI)
				|| ConformingValues.string(value, 0, Integer.MAX_VALUE, RECIPIENT_TEXT);
	}

	private static Set<Node> purposes() {
		Set<Node> purposes = new HashSet<>();
		for (Purpose purpose : Purpose.values()) {
			purposes.add(NodeFactory.createURI(CR.NS + purpose.localName()));
		}
		return Set.copyOf(purposes);
	}

}
