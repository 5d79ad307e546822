package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a work's ODRL policies ({@code odrl:hasPolicy}) to engine rules: one rule per
 * permission or prohibition whose action is a known purpose. Constraints understood:
 * {@code recipient} {@code eq}/{@code isAnyOf}, {@code dateTime} {@code lt}/{@code lteq},
 * {@code commercialUse} {@code eq}. A permission with any other constraint is dropped (it
 * must not grant more than it says); a prohibition keeps applying without it (it must not
 * refuse less).
 */
final class PolicyRules {

	private PolicyRules() {
	}

	static List<Rule> of(Graph graph, Node work) {
		List<Rule> rules = new ArrayList<>();
		for (Triple policy : graph.find(work, ODRL.hasPolicy, Node.ANY).toList()) {
			for (Triple rule : graph.find(policy.getObject(), ODRL.permission, Node.ANY).toList()) {
				rule(graph, rule.getObject(), Effect.PERMIT).ifPresent(rules::add);
			}
			for (Triple rule : graph.find(policy.getObject(), ODRL.prohibition, Node.ANY).toList()) {
				rule(graph, rule.getObject(), Effect.PROHIBIT).ifPresent(rules::add);
			}
		}
		rules.sort((a, b) -> a.toString().compareTo(b.toString()));
		return rules;
	}

	private static Optional<Rule> rule(Graph graph, Node node, Effect effect) {
		Optional<Purpose> purpose = ConsentRecordMapper.object(graph, node, ODRL.action)
			.filter(Node::isURI)
			.filter((action) -> action.getURI().startsWith(CR.NS))
			.flatMap((action) -> Purpose.of(action.getLocalName()));
		if (purpose.isEmpty()) {
			return Optional.empty();
		}
		Set<String> recipients = new HashSet<>();
		Boolean commercial = null;
		Instant until = null;
		for (Triple constraint : graph.find(node, ODRL.constraint, Node.ANY).toList()) {
			Node c = constraint.getObject();
			Node left = ConsentRecordMapper.object(graph, c, ODRL.leftOperand).orElse(Node.ANY);
			Node op = ConsentRecordMapper.object(graph, c, ODRL.operator).orElse(Node.ANY);
			List<Node> right = graph.find(c, ODRL.rightOperand, Node.ANY).mapWith(Triple::getObject).toList();
			if (left.equals(ODRL.recipient) && (op.equals(ODRL.eq) || op.equals(ODRL.isAnyOf)) && !right.isEmpty()) {
				right
					.forEach((value) -> recipients.add(value.isURI() ? value.getURI() : value.getLiteralLexicalForm()));
			}
			else if (left.equals(CR.commercialUse) && op.equals(ODRL.eq) && right.size() == 1) {
				commercial = Boolean.valueOf(right.get(0).getLiteralLexicalForm());
			}
			else if (left.equals(ODRL.dateTime) && (op.equals(ODRL.lt) || op.equals(ODRL.lteq)) && right.size() == 1) {
				until = until(right.get(0), op.equals(ODRL.lteq));
				if (until == null && effect == Effect.PERMIT) {
					return Optional.empty();
				}
			}
			else if (effect == Effect.PERMIT) {
				return Optional.empty();
			}
		}
		return Optional.of(new Rule(effect, purpose.get(), recipients, commercial, until, duties(graph, node)));
	}

	private static @Nullable Instant until(Node value, boolean inclusive) {
		try {
			Instant instant = Instant.parse(value.getLiteralLexicalForm());
			return inclusive ? instant.plusNanos(1) : instant;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static List<String> duties(Graph graph, Node rule) {
		List<String> duties = new ArrayList<>();
		for (Triple duty : graph.find(rule, ODRL.duty, Node.ANY).toList()) {
			ConsentRecordMapper.object(graph, duty.getObject(), ODRL.action)
				.filter(Node::isURI)
				.ifPresent((action) -> duties.add(action.getLocalName()));
		}
		duties.sort(null);
		return duties;
	}

}
