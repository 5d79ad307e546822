package org.consentregistry.blocker.surfaces;

import java.util.Map;

/**
 * nginx: directives for a {@code server} block ({@code include} it there). Variables
 * record which crawler asks; {@code if} blocks in server context (safe there) answer 403
 * on refused paths and set the header values, broadest path first so the longest match
 * wins; {@code add_header ... always} sends them (nginx omits a header whose value is
 * empty). A {@code location} with its own {@code add_header} must include the header
 * lines again (nginx inheritance).
 */
final class NginxWriter {

	private NginxWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		for (AgentFunction function : AgentFunction.values()) {
			String var = "$cr_" + function.name().toLowerCase(java.util.Locale.ROOT);
			String pattern = ServerRules.agentPattern(in, function);
			out.append("\n# AI crawlers for ").append(function.token()).append('\n');
			out.append(ServerRules.leftOut(in, function, "#"));
			out.append("set ").append(var).append(" 0;\n");
			if (pattern != null) {
				out.append("if ($http_user_agent ~ \"").append(pattern).append("\") {\n    set ").append(var);
				out.append(" 1;\n}\n");
				out.append("set ").append(var).append("_uri \"").append(var).append(":$uri\";\n");
				for (Scope scope : in.refused(function)) {
					out.append("if (")
						.append(var)
						.append("_uri ~ \"^1:")
						.append(ServerRules.pathPattern(scope).substring(1));
					out.append("\") {\n    return 403;\n}\n");
				}
			}
		}
		out.append("\n# Response headers, broadest path first\n");
		for (String name : in.headerNames()) {
			out.append("set $cr_h_").append(var(name)).append(" \"\";\n");
		}
		for (Scope scope : ServerRules.headerScopes(in)) {
			Map<String, String> headers = in.headers(scope);
			out.append("if ($uri ~ \"").append(ServerRules.pathPattern(scope)).append("\") {\n");
			for (String name : in.headerNames()) {
				out.append("    set $cr_h_").append(var(name)).append(" \"").append(headers.getOrDefault(name, ""));
				out.append("\";\n");
			}
			out.append("}\n");
		}
		for (String name : in.headerNames()) {
			out.append("add_header ").append(name).append(" $cr_h_").append(var(name)).append(" always;\n");
		}
		return out.toString();
	}

	private static String var(String header) {
		return header.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
	}

}
