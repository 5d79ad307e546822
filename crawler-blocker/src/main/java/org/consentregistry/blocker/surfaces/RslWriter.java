package org.consentregistry.blocker.surfaces;

import java.util.ArrayList;
import java.util.List;

/**
 * RSL 1.0: one {@code <content>} element per path with a stance, its {@code <license>}
 * listing the permitted and prohibited usages; conditionally allowed usages are listed as
 * prohibited (a licence is needed) and named in a comment.
 */
final class RslWriter {

	private RslWriter() {
	}

	static String write(Inputs in) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n");
		out.append(in.banner("  ")).append("  RSL mapping ").append(in.mappings().version("rsl")).append(".\n-->\n");
		out.append("<rsl xmlns=\"https://rslstandard.org/rsl\">\n");
		for (Scope scope : in.terms().scopes()) {
			List<String> permits = new ArrayList<>();
			List<String> prohibits = new ArrayList<>();
			for (SignalMapping mapping : in.mappings().of("rsl")) {
				Stance stance = mapping.stance(scope);
				if (stance == Stance.ALLOWED) {
					permits.add(mapping.label());
				}
				else if (stance.refuses()) {
					prohibits.add(mapping.label());
				}
			}
			if (permits.isEmpty() && prohibits.isEmpty()) {
				continue;
			}
			String url = "https://" + in.terms().host() + scope.prefixPattern() + (scope.exact() ? "" : "*");
			out.append("  <content url=\"").append(xml(url)).append("\">\n    <license>\n");
			if (!permits.isEmpty()) {
				out.append("      <permits type=\"usage\">").append(String.join(" ", permits)).append("</permits>\n");
			}
			if (!prohibits.isEmpty()) {
				out.append("      <prohibits type=\"usage\">").append(String.join(" ", prohibits));
				out.append("</prohibits>\n");
			}
			out.append("    </license>\n  </content>\n");
		}
		return out.append("</rsl>\n").toString();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
	}

}
