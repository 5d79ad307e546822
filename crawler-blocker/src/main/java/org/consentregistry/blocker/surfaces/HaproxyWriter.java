package org.consentregistry.blocker.surfaces;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HAProxy: lines for an HTTP {@code frontend} section. ACLs match the crawler functions
 * on {@code User-Agent} and the refused paths on the decoded path (patterns in single
 * quotes, which HAProxy takes literally); {@code http-request deny} answers 403; the
 * request path is kept in a variable for the {@code http-response set-header} and
 * {@code del-header} rules, broadest path first so the longest match wins.
 */
final class HaproxyWriter {

	private HaproxyWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		for (AgentFunction function : AgentFunction.values()) {
			String name = "cr_" + function.name().toLowerCase(Locale.ROOT);
			String pattern = ServerRules.agentPattern(in, function);
			out.append("\n    # AI crawlers for ").append(function.token()).append('\n');
			out.append(ServerRules.leftOut(in, function, "    #"));
			List<Scope> refused = in.refused(function);
			if (pattern == null || refused.isEmpty()) {
				continue;
			}
			out.append("    acl ").append(name).append(" hdr_reg(User-Agent) '").append(pattern).append("'\n");
			out.append("    acl ").append(name).append("_refused path,url_dec -m reg");
			for (Scope scope : refused) {
				out.append(" '").append(ServerRules.pathPattern(scope)).append('\'');
			}
			out.append("\n    http-request deny deny_status 403 if ").append(name).append(' ').append(name);
			out.append("_refused\n");
		}
		out.append("\n    # Response headers, broadest path first\n");
		out.append("    http-request set-var(txn.cr_path) path,url_dec\n");
		for (Scope scope : ServerRules.headerScopes(in)) {
			Map<String, String> headers = in.headers(scope);
			String condition = " if { var(txn.cr_path) -m reg '" + ServerRules.pathPattern(scope) + "' }\n";
			for (String header : in.headerNames()) {
				String value = headers.get(header);
				if (value != null) {
					out.append("    http-response set-header ").append(header).append(" \"").append(value).append('"');
				}
				else {
					out.append("    http-response del-header ").append(header);
				}
				out.append(condition);
			}
		}
		return out.toString();
	}

}
