package org.consentregistry.registry.credential;

import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Random structural and textual mutations of a JSON document, aimed at the corners of
 * JSON-LD to RDF and canonicalisation: escaping, non-BMP characters, numbers, booleans,
 * language tags, datatypes, lists, repeated values, explicit blank nodes, copies of
 * sub-trees (which give blank nodes the same first-degree hash), invalid IRIs.
 */
final class JsonMutations {

	private static final List<String> STRINGS = List.of("", "a\"b", "back\\slash", "line\nbreak", "tab\tand\r",
			"\u0001\u007f", "é ünï", "\uD83D\uDE00", "\uD800", "\uE000", "urn:uuid:1", "https://a.example/x y",
			"http://a^b", "http://a.example/p", "_:b0", "_:x", "did:key:z6Mk", "xsd:string", "xsd:dateTime", "cr:Work",
			"search", "ai-train", "tdm", "attribute", "eq", "isAnyOf", "recipient", "commercialUse",
			"2026-01-01T00:00:00Z", "Work", "Set", "ExactUrl", "@json", "@id", "@vocab", "en", "relative/path",
			"mailto:x@example.org", "x:", "a:b#c");

	/** Types whose terms bring type-scoped contexts, and some that do not. */
	private static final List<String> TYPES = List.of("VerifiableCredential", "VerifiablePresentation",
			"EnvelopedVerifiableCredential", "DataIntegrityProof", "ConsentCredential", "ConsentWithdrawal", "Work",
			"Set", "ExampleConsentCredential", "BitstringStatusListEntry", "JsonSchema");

	private static final List<String> KEYS = List.of("title", "id", "type", "creatorName", "url", "domain",
			"includeSubdomains", "action", "leftOperand", "rightOperand", "operator", "permission", "prohibition",
			"duty", "constraint", "terms", "identifier", "replaces", "mediaType", "name", "description", "issuer",
			"validFrom", "validUntil", "credentialSubject", "evidence", "credentialSchema", "credentialStatus",
			"termsOfUse", "refreshService", "confidenceMethod", "relatedResource", "holder", "proof",
			"verifiableCredential", "digestMultibase", "@id", "@type", "@list", "@set", "@language", "@value",
			"@included", "@reverse", "@graph", "@index", "http://a.example/p", "_:p", "unknownTerm");

	private JsonMutations() {
	}

	/** One mutation at a random place of the tree. */
	static JsonValue mutate(JsonValue root, Random random) {
		return at(root, new int[] { random.nextInt(count(root)) }, random);
	}

	private static int count(JsonValue value) {
		int count = 1;
		if (value instanceof JsonObject object) {
			for (JsonValue each : object.values()) {
				count += count(each);
			}
		}
		else if (value instanceof JsonArray array) {
			for (JsonValue each : array) {
				count += count(each);
			}
		}
		return count;
	}

	private static JsonValue at(JsonValue value, int[] remaining, Random random) {
		if (remaining[0]-- == 0) {
			return change(value, random);
		}
		if (value instanceof JsonObject object) {
			JsonObjectBuilder copy = JsonBytes.JSON.createObjectBuilder();
			for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
				copy.add(entry.getKey(), at(entry.getValue(), remaining, random));
			}
			return copy.build();
		}
		if (value instanceof JsonArray array) {
			JsonArrayBuilder copy = JsonBytes.JSON.createArrayBuilder();
			for (JsonValue each : array) {
				copy.add(at(each, remaining, random));
			}
			return copy.build();
		}
		return value;
	}

	private static JsonValue change(JsonValue value, Random random) {
		return switch (random.nextInt(18)) {
			case 0, 1, 11, 12, 13, 16 -> string(random);
			case 2 -> JsonBytes.JSON.createValue(List.of(42, -7, 0).get(random.nextInt(3)));
			case 3 -> JsonBytes.JSON.createValue(List.of(4.5, 1e21, 1.0).get(random.nextInt(3)));
			case 4 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
			case 5 -> JsonBytes.JSON.createObjectBuilder()
				.add("@value", string(random))
				.add("@language", List.of("en", "EN-gb", "bad tag", "de-CH-1996").get(random.nextInt(4)))
				.build();
			case 6 -> JsonBytes.JSON.createObjectBuilder()
				.add("@value", random.nextBoolean() ? string(random) : JsonValue.TRUE)
				.add("@type", string(random))
				.build();
			case 7 -> JsonBytes.JSON.createArrayBuilder().add(value).add(value).build();
			case 8 -> (value instanceof JsonObject object)
					? JsonBytes.JSON.createObjectBuilder(object)
						.add(KEYS.get(random.nextInt(KEYS.size())), random.nextBoolean() ? string(random) : object)
						.build()
					: JsonBytes.JSON.createObjectBuilder()
						.add("@list", JsonBytes.JSON.createArrayBuilder().add(value))
						.build();
			case 9 ->
				(value instanceof JsonObject object && !object.isEmpty()) ? JsonBytes.JSON.createObjectBuilder(object)
					.remove(List.copyOf(object.keySet()).get(random.nextInt(object.size())))
					.build() : JsonValue.EMPTY_JSON_OBJECT;
			case 14, 15 -> (value instanceof JsonObject object)
					? JsonBytes.JSON.createObjectBuilder(object)
						.add("type", TYPES.get(random.nextInt(TYPES.size())))
						.build()
					: JsonBytes.JSON.createObjectBuilder()
						.add(KEYS.get(random.nextInt(KEYS.size())), value)
						.add("type", TYPES.get(random.nextInt(TYPES.size())))
						.build();
			case 10 -> (value instanceof JsonObject object)
					? JsonBytes.JSON.createObjectBuilder(object).add("id", "_:b" + random.nextInt(3)).build()
					: JsonBytes.JSON.createObjectBuilder().add("id", "_:b" + random.nextInt(3)).build();
			default -> (value instanceof JsonArray array && !array.isEmpty())
					? JsonBytes.JSON.createArrayBuilder(array).add(array.get(random.nextInt(array.size()))).build()
					: JsonValue.NULL;
		};
	}

	private static JsonValue string(Random random) {
		return JsonBytes.JSON.createValue(STRINGS.get(random.nextInt(STRINGS.size())));
	}

}
