package org.consentregistry.registry.control.web;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.control.ControlMethod;
import org.consentregistry.registry.system.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /control/claims}: {@code {"issuer": "did:key:…",
 * "identifier": {"type": "Domain", "domain": "…", "includeSubdomains": false}}} or an
 * identifier {@code {"type": "UrlPrefix", "urlPrefix": "https://…/"}}; the identifier is
 * normalised. Anything else is refused as {@code invalid-parameter}.
 */
final class ClaimRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DID_KEY = Pattern.compile("did:key:z[1-9A-HJ-NP-Za-km-z]{8,128}");

	private ClaimRequests() {
	}

	/**
	 * A parsed claim request.
	 *
	 * @param issuer the issuer DID
	 * @param identifier the normalised identifier
	 */
	record ClaimRequest(String issuer, Identifier identifier) {
	}

	static ClaimRequest parse(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw ProblemException.invalidParameter("body", "a JSON object with issuer and identifier", "not JSON");
		}
		if (root == null || !root.isObject()) {
			throw ProblemException.invalidParameter("body", "a JSON object with issuer and identifier",
					"not a JSON object");
		}
		String issuer = text(root, "issuer");
		if (!DID_KEY.matcher(issuer).matches()) {
			throw ProblemException.invalidParameter("issuer", "a did:key DID", issuer);
		}
		Identifier identifier = identifier(root.get("identifier"));
		if (Arrays.stream(ControlMethod.values()).noneMatch((method) -> method.proves(identifier))) {
			throw ProblemException.invalidParameter("identifier",
					"a domain name or URL prefix that some method can prove", identifier.toString());
		}
		return new ClaimRequest(issuer, identifier);
	}

	private static Identifier identifier(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw ProblemException.invalidParameter("identifier", "an object with a type", "missing");
		}
		String type = text(node, "type");
		try {
			return switch (type) {
				case "Domain" -> new Identifier.Domain(UrlNormalizer.normalizeHost(text(node, "domain")),
						node.path("includeSubdomains").asBoolean(false));
				case "UrlPrefix" -> new Identifier.UrlPrefix(UrlNormalizer.normalize(text(node, "urlPrefix")));
				default -> throw ProblemException.invalidParameter("identifier.type",
						"Domain or UrlPrefix (only these can be claimed)", type);
			};
		}
		catch (UrlFormatException ex) {
			throw ProblemException.invalidParameter("identifier", "a valid " + type + " (" + ex.getMessage() + ")",
					node.toString());
		}
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw ProblemException.invalidParameter(name, "a non-empty string",
					(value == null) ? "missing" : value.toString());
		}
		return value.asString();
	}

}
