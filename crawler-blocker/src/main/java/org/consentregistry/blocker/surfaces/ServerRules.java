package org.consentregistry.blocker.surfaces;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The regular expressions the server configs share. Agents are matched in the
 * {@code User-Agent} header as whole tokens, case-insensitively; a token that is not
 * plain is left out (and named, sanitised, in a comment) rather than escaped into a
 * pattern. Paths are matched against the decoded request path, every byte but letters,
 * digits, {@code _ - /} written as {@code \xHH}, so that no path can break out of a
 * pattern or a quoted string.
 */
final class ServerRules {

	private ServerRules() {
	}

	/** The pattern matching the agents of {@code function}, or {@code null} if none. */
	static @Nullable String agentPattern(Inputs in, AgentFunction function) {
		List<String> tokens = new ArrayList<>();
		for (Agent agent : in.agents().agents(function)) {
			if (agent.plain()) {
				tokens.add(Names.literal(agent.token()));
			}
		}
		return tokens.isEmpty() ? null : "(?i)(^|[^a-z0-9_-])(" + String.join("|", tokens) + ")([^a-z0-9_-]|$)";
	}

	/** Comment lines naming the agents of {@code function} left out of the pattern. */
	static String leftOut(Inputs in, AgentFunction function, String comment) {
		StringBuilder out = new StringBuilder();
		for (Agent agent : in.agents().agents(function)) {
			if (!agent.plain()) {
				out.append(comment)
					.append(" left out, not a plain user-agent token: ")
					.append(Names.comment(agent.token()))
					.append('\n');
			}
		}
		return out.toString();
	}

	/** The pattern matching the decoded request paths of {@code scope}. */
	static String pathPattern(Scope scope) {
		return "^" + Names.literal(decodedPath(scope)) + (scope.exact() && !scope.path().contains("?") ? "$" : "");
	}

	/**
	 * The scope path without its query, percent-decoded to bytes (one char a byte).
	 */
	static String decodedPath(Scope scope) {
		String path = scope.path();
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%' && i + 2 < path.length()) {
				bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	/** The scopes that set response headers (every scope but an empty site scope). */
	static List<Scope> headerScopes(Inputs in) {
		return in.terms().scopes().stream().filter((s) -> !in.headers(s).isEmpty() || !s.path().equals("/")).toList();
	}

}
