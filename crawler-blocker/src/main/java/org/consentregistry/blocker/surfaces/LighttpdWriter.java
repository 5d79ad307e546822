package org.consentregistry.blocker.surfaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * lighttpd: conditionals for {@code lighttpd.conf} (needs mod_access and mod_setenv in
 * {@code server.modules}). Each crawler function is denied its refused paths with
 * {@code url.access-deny}; the headers come from an {@code else} chain of path
 * conditions, longest path first, so exactly one applies.
 */
final class LighttpdWriter {

	private LighttpdWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		for (AgentFunction function : AgentFunction.values()) {
			String pattern = ServerRules.agentPattern(in, function);
			out.append("\n# AI crawlers for ").append(function.token()).append('\n');
			out.append(ServerRules.leftOut(in, function, "#"));
			List<Scope> refused = in.refused(function);
			if (pattern == null || refused.isEmpty()) {
				continue;
			}
			List<String> paths = new ArrayList<>();
			refused.forEach((s) -> paths.add(ServerRules.pathPattern(s)));
			out.append("$HTTP[\"useragent\"] =~ \"").append(pattern).append("\" {\n");
			out.append("    $HTTP[\"url\"] =~ \"").append(String.join("|", paths)).append("\" {\n");
			out.append("        url.access-deny = ( \"\" )\n    }\n}\n");
		}
		out.append("\n# Response headers, longest path first\n");
		List<Scope> scopes = new ArrayList<>(ServerRules.headerScopes(in));
		java.util.Collections.reverse(scopes);
		String keyword = "";
		for (Scope scope : scopes) {
			Map<String, String> headers = in.headers(scope);
			out.append(keyword).append("$HTTP[\"url\"] =~ \"").append(ServerRules.pathPattern(scope)).append("\" {\n");
			out.append("    setenv.set-response-header = (");
			String comma = "";
			for (Map.Entry<String, String> header : headers.entrySet()) {
				out.append(comma).append(" \"").append(header.getKey()).append("\" => \"").append(header.getValue());
				out.append('"');
				comma = ",";
			}
			out.append(" )\n}\n");
			keyword = "else ";
		}
		return out.toString();
	}

}
