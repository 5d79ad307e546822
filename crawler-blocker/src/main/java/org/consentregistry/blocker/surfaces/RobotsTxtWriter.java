package org.consentregistry.blocker.surfaces;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.consentregistry.blocker.policy.Purpose;

/**
 * robots.txt (RFC 9309): one group per crawler function listing its agents by exact
 * token, disallowing the paths whose terms refuse that function's purposes; a {@code *}
 * group disallowing the paths where search is refused. Every group carries the same
 * {@code Content-Usage} (IETF AI Preferences attach draft) and {@code Content-Signal}
 * lines, since a crawler reads only its own group. An RSL {@code License} line closes the
 * file. Readers that match agents by substring (Python's {@code urllib.robotparser} takes
 * the first group naming a part of the agent) would give an agent whose name contains
 * another listed name, such as {@code AI2Bot-DeepResearchEval}, the group of the shorter
 * name: such agents come first, each in its own group, longest name first.
 */
final class RobotsTxtWriter {

	private RobotsTxtWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		out.append("# Content-Usage mapping ")
			.append(in.mappings().version("content-usage"))
			.append(".\n# Content-Signal mapping ")
			.append(in.mappings().version("content-signal"))
			.append(".\n");
		String extensions = extensionLines(in);
		List<Agent> containing = containingOthers(in.agents());
		for (Agent agent : containing) {
			out.append("\n# ").append(agent.token()).append(" (").append(agent.function().token());
			out.append("), before the shorter names it contains\nUser-agent: ").append(agent.token()).append('\n');
			rules(in.refused(agent.function()), out);
			out.append(extensions);
		}
		for (AgentFunction function : AgentFunction.values()) {
			out.append("\n# AI crawlers for ").append(function.token()).append(" (kept out where ");
			out.append(String.join(" or ", function.purposes().stream().map(Purpose::token).toList()));
			out.append(" is not allowed)\n");
			for (Agent agent : in.agents().agents(function)) {
				if (containing.contains(agent)) {
					continue;
				}
				if (agent.plain()) {
					out.append("User-agent: ").append(agent.token()).append('\n');
				}
				else {
					out.append("# left out, not a plain user-agent token: ")
						.append(Names.comment(agent.token()))
						.append('\n');
				}
			}
			rules(in.refused(function), out);
			out.append(extensions);
		}
		out.append("\n# Every other crawler\nUser-agent: *\n");
		rules(in.refused(List.of(Purpose.SEARCH)), out);
		out.append(extensions);
		out.append("\nLicense: ").append(in.rslUrl()).append('\n');
		return out.toString();
	}

	/** The plain agents whose name contains another listed name, longest first. */
	static List<Agent> containingOthers(AgentList agents) {
		List<Agent> plain = agents.agents().stream().filter(Agent::plain).toList();
		return plain.stream()
			.filter((a) -> plain.stream()
				.anyMatch((b) -> b != a && lower(a).contains(lower(b)) && !lower(a).equals(lower(b))))
			.sorted(Comparator.comparingInt((Agent a) -> -a.token().length()).thenComparing(Agent::token))
			.toList();
	}

	private static String lower(Agent agent) {
		return agent.token().toLowerCase(Locale.ROOT);
	}

	private static void rules(List<Scope> refused, StringBuilder out) {
		if (refused.isEmpty()) {
			out.append("Allow: /\n");
		}
		for (Scope scope : refused) {
			out.append("Disallow: ").append(scope.prefixPattern()).append('\n');
		}
	}

	private static String extensionLines(Inputs in) {
		StringBuilder out = new StringBuilder();
		for (Scope scope : in.terms().scopes()) {
			String labels = in.mappings().labels("content-usage", scope, "y", "n");
			if (!labels.isEmpty()) {
				out.append("Content-Usage: ").append(pathPrefix(scope)).append(labels).append('\n');
			}
		}
		String signals = in.mappings().labels("content-signal", in.terms().site(), "yes", "no");
		if (!signals.isEmpty()) {
			out.append("Content-Signal: ").append(signals).append('\n');
		}
		return out.toString();
	}

	/** The path before a Content-Usage value: none for the whole site. */
	private static String pathPrefix(Scope scope) {
		if (scope.path().equals("/")) {
			return "";
		}
		String pattern = scope.prefixPattern();
		boolean exact = scope.exact() && pattern.equals(scope.path());
		return pattern + (exact ? "$" : "") + " ";
	}

}
