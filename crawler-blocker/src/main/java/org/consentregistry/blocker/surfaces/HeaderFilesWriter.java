package org.consentregistry.blocker.surfaces;

import java.util.Map;

/**
 * The per-path surfaces that are not server configs: the list of HTTP response headers,
 * HTML meta tags ({@code tdm-reservation}, {@code tdm-policy} per TDMRep; {@code robots}
 * with {@code noai, noimageai}) and Spawning's ai.txt.
 */
final class HeaderFilesWriter {

	private HeaderFilesWriter() {
	}

	static String headers(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		out.append("# Response headers per path (prefix, or exact URL where marked); the longest match applies.\n");
		out.append("# Content-Usage mapping ").append(in.mappings().version("content-usage")).append(".\n");
		for (Scope scope : in.terms().scopes()) {
			Map<String, String> headers = in.headers(scope);
			if (headers.isEmpty()) {
				continue;
			}
			out.append('\n').append(scope.path()).append(scope.exact() ? " (exact URL)" : "").append('\n');
			headers.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
		}
		return out.toString();
	}

	static String metaTags(Inputs in) {
		StringBuilder out = new StringBuilder("<!--\n").append(in.banner("  "))
			.append("  Put the tags of a path in the");
		out.append(" <head> of its pages; the longest path applies.\n-->\n");
		for (Scope scope : in.terms().scopes()) {
			Map<String, String> headers = in.headers(scope);
			if (!headers.containsKey("tdm-reservation") && !headers.containsKey("X-Robots-Tag")) {
				continue;
			}
			out.append("\n<!-- ").append(scope.path()).append(scope.exact() ? " (exact URL)" : "").append(" -->\n");
			meta(out, "tdm-reservation", headers.get("tdm-reservation"));
			meta(out, "tdm-policy", headers.get("tdm-policy"));
			meta(out, "robots", headers.get("X-Robots-Tag"));
		}
		return out.toString();
	}

	private static void meta(StringBuilder out, String name, String value) {
		if (value != null) {
			out.append("<meta name=\"").append(name).append("\" content=\"").append(value).append("\">\n");
		}
	}

	static String aiTxt(Inputs in) {
		StringBuilder out = new StringBuilder(in.banner("#"));
		out.append("# ai.txt mapping ").append(in.mappings().version("ai-txt")).append(".\n\nUser-Agent: *\n");
		var refused = in.refused(in.mappings().of("ai-txt").get(0).purposes());
		if (refused.isEmpty()) {
			out.append("Allow: /\n");
		}
		refused.forEach((scope) -> out.append("Disallow: ").append(scope.prefixPattern()).append('\n'));
		return out.toString();
	}

}
