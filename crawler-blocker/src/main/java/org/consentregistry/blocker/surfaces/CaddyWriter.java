package org.consentregistry.blocker.surfaces;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Caddy: a Caddyfile snippet ({@code (consent_registry)}) to {@code import} in a site
 * block. Named matchers pair a crawler function ({@code header_regexp}) with a refused
 * path ({@code path_regexp}) and {@code respond} 403; each path's headers go to a matcher
 * that excludes the longer paths inside it, so that exactly one applies.
 */
final class CaddyWriter {

	private CaddyWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		out.append("(consent_registry) {\n");
		for (AgentFunction function : AgentFunction.values()) {
			String pattern = ServerRules.agentPattern(in, function);
			out.append("\t# AI crawlers for ").append(function.token()).append('\n');
			out.append(ServerRules.leftOut(in, function, "\t#"));
			List<Scope> refused = in.refused(function);
			for (int i = 0; pattern != null && i < refused.size(); i++) {
				String name = "@cr_" + function.name().toLowerCase(Locale.ROOT) + "_" + (i + 1);
				out.append('\t').append(name).append(" {\n\t\theader_regexp User-Agent \"").append(pattern);
				out.append("\"\n\t\tpath_regexp \"").append(pattern(refused.get(i))).append("\"\n\t}\n");
				out.append("\trespond ").append(name).append(" 403\n");
			}
		}
		out.append("\t# Response headers, one path each\n");
		List<Scope> scopes = ServerRules.headerScopes(in);
		for (int i = 0; i < scopes.size(); i++) {
			Scope scope = scopes.get(i);
			Map<String, String> headers = in.headers(scope);
			if (headers.isEmpty()) {
				continue;
			}
			String name = "@cr_path_" + (i + 1);
			out.append('\t').append(name).append(" {\n\t\tpath_regexp \"").append(pattern(scope)).append("\"\n");
			for (Scope inner : scopes.subList(i + 1, scopes.size())) {
				if (inner.within(scope) && !inner.path().equals(scope.path())) {
					out.append("\t\tnot path_regexp \"").append(pattern(inner)).append("\"\n");
				}
			}
			out.append("\t}\n\theader ").append(name).append(" {\n");
			headers.forEach(
					(header, value) -> out.append("\t\t").append(header).append(" \"").append(value).append("\"\n"));
			out.append("\t}\n");
		}
		return out.append("}\n").toString();
	}

	/**
	 * The path pattern for RE2, which matches UTF-8 text: bytes above 0x7F are given as
	 * the characters they decode to (or the pattern stops before them if they do not).
	 */
	private static String pattern(Scope scope) {
		String decoded = ServerRules.decodedPath(scope);
		String text = new String(decoded.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder("^");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFFFD') {
				return out.toString();
			}
			out.append((c > 0x7F) ? String.valueOf(c) : Names.literal(String.valueOf(c)));
		}
		return out.append((scope.exact() && !scope.path().contains("?")) ? "$" : "").toString();
	}

}
