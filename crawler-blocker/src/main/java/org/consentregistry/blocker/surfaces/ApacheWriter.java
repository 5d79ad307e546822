package org.consentregistry.blocker.surfaces;

import java.util.Map;

/**
 * Apache httpd 2.4: an {@code <If>} per crawler function denying its refused paths
 * (mod_authz_core), and {@code Header always set|unset} lines with an {@code expr=}
 * condition per path (mod_headers), broadest first so the longest match wins. Include it
 * in a virtual host.
 */
final class ApacheWriter {

	private ApacheWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		out.append("# Needs mod_authz_core and mod_headers.\n");
		for (AgentFunction function : AgentFunction.values()) {
			String pattern = ServerRules.agentPattern(in, function);
			out.append("\n# AI crawlers for ").append(function.token()).append('\n');
			out.append(ServerRules.leftOut(in, function, "#"));
			if (pattern == null || in.refused(function).isEmpty()) {
				continue;
			}
			out.append("<If \"%{HTTP_USER_AGENT} =~ m#").append(pattern).append("# && (");
			String or = "";
			for (Scope scope : in.refused(function)) {
				out.append(or).append("%{REQUEST_URI} =~ m#").append(ServerRules.pathPattern(scope)).append('#');
				or = " || ";
			}
			out.append(")\">\n    Require all denied\n</If>\n");
		}
		out.append("\n# Response headers, broadest path first\n");
		for (Scope scope : ServerRules.headerScopes(in)) {
			Map<String, String> headers = in.headers(scope);
			String condition = "\"expr=%{REQUEST_URI} =~ m#" + ServerRules.pathPattern(scope) + "#\"";
			for (String name : in.headerNames()) {
				String value = headers.get(name);
				if (value != null) {
					out.append("Header always set ").append(name).append(" \"").append(value).append("\" ");
				}
				else {
					out.append("Header always unset ").append(name).append(' ');
				}
				out.append(condition).append('\n');
			}
		}
		return out.toString();
	}

}
