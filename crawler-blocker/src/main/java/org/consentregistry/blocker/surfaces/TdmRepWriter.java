package org.consentregistry.blocker.surfaces;

import java.util.ArrayList;
import java.util.List;

/**
 * TDMRep (Final Community Group Report): {@code /.well-known/tdmrep.json}, one rule per
 * path with a stance, most specific first; and the ODRL policy (TDMRep profile) that
 * {@code tdm-policy} points at, with one permission to mine per conditionally allowed
 * path and the duty to obtain consent (the conditions live in the registry record).
 */
final class TdmRepWriter {

	private TdmRepWriter() {
	}

	static String write(Inputs in) {
		List<Scope> scopes = new ArrayList<>(in.terms().scopes());
		java.util.Collections.reverse(scopes);
		List<String> rules = new ArrayList<>();
		for (Scope scope : scopes) {
			String reservation = in.headers(scope).get("tdm-reservation");
			if (reservation == null) {
				continue;
			}
			StringBuilder rule = new StringBuilder("  {\n    \"location\": ").append(string(scope.prefixPattern()));
			rule.append(",\n    \"tdm-reservation\": ").append(reservation);
			if (in.conditionalTdm(scope)) {
				rule.append(",\n    \"tdm-policy\": ").append(string(in.policyUrl()));
			}
			rules.add(rule.append("\n  }").toString());
		}
		return rules.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", rules) + "\n]\n";
	}

	static String policy(Inputs in) {
		String site = "https://" + in.terms().host();
		StringBuilder out = new StringBuilder("{\n  \"@context\": [\n    \"http://www.w3.org/ns/odrl.jsonld\",\n");
		out.append("    \"http://www.w3.org/ns/tdmrep.jsonld\"\n  ],\n  \"@type\": \"Offer\",\n");
		out.append("  \"profile\": \"http://www.w3.org/ns/tdmrep\",\n  \"uid\": ").append(string(in.policyUrl()));
		out.append(",\n  \"assigner\": {\n    \"uid\": ").append(string(site)).append("\n  },\n  \"permission\": [");
		String comma = "";
		for (Scope scope : in.terms().scopes()) {
			if (in.conditionalTdm(scope)) {
				out.append(comma).append("\n    {\n      \"target\": ").append(string(site + scope.path()));
				out.append(",\n      \"action\": \"tdm:mine\",\n      \"duty\": [\n        {\n");
				out.append("          \"action\": \"obtainConsent\"\n        }\n      ]\n    }");
				comma = ",";
			}
		}
		return out.append(comma.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
	}

	/** A JSON string; the normalised paths hold no quote or control characters. */
	static String string(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
