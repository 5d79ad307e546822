package org.consentregistry.registry.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The canonical N-Quads of a standard proof configuration, written directly instead of by
 * JSON-LD processing, which is most of the cost of a verification.
 * <p>
 * It applies only when the result is provably the same: every context of the document is
 * a bundled one (so the protected terms of credentials/v2 that a proof uses cannot be
 * redefined, and no term is named {@code did} or {@code urn}, checked by a test), the
 * proof has only {@code type}, {@code cryptosuite}, {@code created},
 * {@code verificationMethod}, {@code proofPurpose}, {@code id} and {@code previousProof},
 * with the values an {@code eddsa-rdfc-2022} assertion proof has, and IRIs of scheme
 * {@code did} or {@code urn} that need no escaping. Otherwise the caller falls back to
 * JSON-LD. Tests compare both paths.
 *
 * @see <a href=
 * "https://www.w3.org/TR/vc-di-eddsa/#proof-configuration-eddsa-rdfc-2022">VC DI EdDSA
 * §3.3.5 Proof Configuration (eddsa-rdfc-2022)</a>
 */
final class StandardProofConfig {

	private static final String SEC = "https://w3id.org/security#";

	private static final Set<String> KEYS = Set.of("type", "cryptosuite", "created", "verificationMethod",
			"proofPurpose", "id", "previousProof");

	/** did: or urn: IRIs without characters that N-Quads would escape or forbid. */
	private static final Pattern SIMPLE_IRI = Pattern.compile("(did|urn):[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");

	private StandardProofConfig() {
	}

	/**
	 * The canonical N-Quads of the proof options with the document's context, if this
	 * shortcut applies.
	 */
	static Optional<String> canonical(JsonObject proofOptions, JsonObject unsecuredDocument) {
		if (!bundledContexts(unsecuredDocument.get("@context")) || !KEYS.containsAll(proofOptions.keySet())
				|| !Proof.TYPE.equals(string(proofOptions, "type"))
				|| !Proof.CRYPTOSUITE.equals(string(proofOptions, "cryptosuite"))
				|| !Proof.ASSERTION_METHOD.equals(string(proofOptions, "proofPurpose"))) {
			return Optional.empty();
		}
		String created = string(proofOptions, "created");
		String method = string(proofOptions, "verificationMethod");
		String id = string(proofOptions, "id");
		List<String> previous = previousProofs(proofOptions.get("previousProof"));
		boolean createdOk = !proofOptions.containsKey("created") || (created != null && createdIsSimple(created));
		if (!createdOk || !simpleIri(method) || (proofOptions.containsKey("id") && !simpleIri(id)) || previous == null
				|| !previous.stream().allMatch(StandardProofConfig::simpleIri)) {
			return Optional.empty();
		}
		String subject = (id != null) ? "<" + id + ">" : "_:c14n0";
		Set<String> lines = new TreeSet<>();
		lines.add(subject + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + SEC + "DataIntegrityProof> .\n");
		lines.add(subject + " <" + SEC + "cryptosuite> \"" + Proof.CRYPTOSUITE + "\"^^<" + SEC
				+ "cryptosuiteString> .\n");
		lines.add(subject + " <" + SEC + "proofPurpose> <" + SEC + Proof.ASSERTION_METHOD + "> .\n");
		lines.add(subject + " <" + SEC + "verificationMethod> <" + method + "> .\n");
		if (created != null) {
			lines.add(subject + " <http://purl.org/dc/terms/created> \"" + created
					+ "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n");
		}
		for (String each : previous) {
			lines.add(subject + " <" + SEC + "previousProof> <" + each + "> .\n");
		}
		return Optional.of(String.join("", lines));
	}

	private static boolean bundledContexts(@Nullable JsonValue context) {
		if (!(context instanceof JsonArray contexts) || contexts.isEmpty()
				|| !CredentialStructure.BASE_CONTEXT.equals(text(contexts.get(0)))) {
			return CredentialStructure.BASE_CONTEXT.equals(text(context));
		}
		return contexts.stream().allMatch((each) -> OfflineDocumentLoader.BUNDLED.containsKey(text(each)));
	}

	private static boolean createdIsSimple(String created) {
		try {
			DateTimes.parse(created);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean simpleIri(@Nullable String iri) {
		return iri != null && SIMPLE_IRI.matcher(iri).matches();
	}

	/** The previousProof ids, or {@code null} if they are not all strings. */
	private static @Nullable List<String> previousProofs(@Nullable JsonValue value) {
		List<String> ids = new ArrayList<>();
		if (value == null) {
			return ids;
		}
		for (JsonValue each : (value.getValueType() == ValueType.ARRAY) ? value.asJsonArray() : List.of(value)) {
			String id = text(each);
			if (id == null) {
				return null;
			}
			ids.add(id);
		}
		return ids;
	}

	private static @Nullable String string(JsonObject object, String name) {
		return text(object.get(name));
	}

	private static @Nullable String text(@Nullable JsonValue value) {
		return (value instanceof JsonString string) ? string.getString() : null;
	}

}
