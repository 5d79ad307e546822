package org.consentregistry.registry.consent;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.consentregistry.blocker.policy.Purpose;

/**
 * A quick test, in Java, of whether the SPARQL constraints of the consent shapes can
 * report anything on a credential's graph. Running them through the SHACL engine plans
 * and optimises a query per focus node, the larger part of validating a credential; they
 * report on rare defects only. This test is a necessary condition of their queries: when
 * it fails they cannot report, and the shapes without them give the same report.
 * <ul>
 * <li>{@code crsh:NoSelfReplacementShape} needs a triple {@code ?x cr:replaces ?x};</li>
 * <li>{@code crsh:UnreachablePermissionShape} needs, on one policy, a permission whose
 * action is the same as or narrower than a prohibition's action (unknown actions count as
 * possibly narrower; its filter on conditions only removes results).</li>
 * </ul>
 */
final class SparqlConstraints {

	private SparqlConstraints() {
	}

	/** Whether a SPARQL constraint of the shapes may report on {@code graph}. */
	static boolean mayReport(Graph graph) {
		return graph.find(Node.ANY, CR.replaces, Node.ANY)
			.filterKeep((t) -> t.getSubject().equals(t.getObject()))
			.hasNext() || permissionMayBeUnreachable(graph);
	}

	private static boolean permissionMayBeUnreachable(Graph graph) {
		for (Triple prohibition : graph.find(Node.ANY, ODRL.prohibition, Node.ANY).toList()) {
			List<Node> permitted = graph.find(prohibition.getSubject(), ODRL.permission, Node.ANY)
				.mapWith(Triple::getObject)
				.toList();
			for (Node refused : actions(graph, prohibition.getObject())) {
				for (Node permission : permitted) {
					for (Node allowed : actions(graph, permission)) {
						if (mayCover(refused, allowed)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	private static List<Node> actions(Graph graph, Node rule) {
		return graph.find(rule, ODRL.action, Node.ANY).mapWith(Triple::getObject).toList();
	}

	private static boolean mayCover(Node refused, Node allowed) {
		Optional<Purpose> broad = purpose(refused);
		Optional<Purpose> narrow = purpose(allowed);
		return broad.isEmpty() || narrow.isEmpty() || broad.get().covers(narrow.get());
	}

	private static Optional<Purpose> purpose(Node action) {
		if (!action.isURI() || !action.getURI().startsWith(CR.NS)) {
			return Optional.empty();
		}
		return Purpose.of(action.getURI().substring(CR.NS.length()));
	}

}
