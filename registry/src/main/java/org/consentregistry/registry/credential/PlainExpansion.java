package org.consentregistry.registry.credential;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.uri.UriUtils;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * JSON-LD 1.1 expansion (§5.1.2, steps as numbered in the library's
 * {@code ObjectExpansion}) of plain credentials from a kept active context, with the
 * scoped contexts kept too ({@link ScopedContexts}). IRI and value expansion are the
 * library's own; this class only walks the document. Plain means: node objects whose keys
 * expand to {@code @id}, {@code @type} or a property without container other than
 * {@code @set}, {@code @json} type or reverse mapping; values that are scalars, node
 * objects, {@code {"@value": string, "@type": string}} objects, or arrays of those. For
 * anything else, and for any error, it gives nothing and the caller expands with the
 * library, which also reports the error. A differential test compares both.
 */
final class PlainExpansion {

	private final ScopedContexts scoped = new ScopedContexts();

	/** The expansion of a document without {@code @context}, or empty to fall back. */
	Optional<JsonArray> expand(ActiveContext active, JsonObject body) {
		try {
			JsonObject node = node(active, null, body);
			// 19.: the library drops a top-level object that is empty, a value or only an
			// @id
			return (node == null || node.size() < 2 || node.containsKey(Keywords.VALUE)) ? Optional.empty()
					: Optional.of(JsonBytes.JSON.createArrayBuilder().add(node).build());
		}
		catch (JsonLdError | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** An expanded node or value object, or {@code null} outside the subset. */
	private @Nullable JsonObject node(ActiveContext passed, @Nullable String activeProperty, JsonObject element)
			throws JsonLdError {
		if (element.containsKey("@context")) {
			return null;
		}
		// 3., 7., 8.
		JsonValue propertyContext = (activeProperty != null) ? localContext(passed, activeProperty) : null;
		ActiveContext active = revert(passed, element);
		if (propertyContext != null) {
			active = this.scoped.derive(active, propertyContext, baseUrl(active, activeProperty), true, true);
		}
		// 10., 11.
		ActiveContext typeContext = active;
		String typeKey = null;
		for (String key : element.keySet()) {
			if (Keywords.TYPE.equals(expand(active, key))) {
				if (typeKey != null) {
					return null;
				}
				typeKey = key;
			}
		}
		if (typeKey != null) {
			for (String term : sortedStrings(element.get(typeKey))) {
				JsonValue local = localContext(typeContext, term);
				if (local != null) {
					active = this.scoped.derive(active, local, baseUrl(active, term), false, false);
				}
			}
		}
		if (element.containsKey(Keywords.VALUE)) {
			return valueObject(typeContext, element);
		}
		return entries(active, typeContext, element);
	}

	/** 13. for node objects, then 16. */
	private @Nullable JsonObject entries(ActiveContext active, ActiveContext typeContext, JsonObject element)
			throws JsonLdError {
		JsonObjectBuilder result = JsonBytes.JSON.createObjectBuilder();
		List<String> seen = new ArrayList<>();
		for (Map.Entry<String, JsonValue> entry : element.entrySet()) {
			String expanded = expand(active, entry.getKey());
			if (expanded == null || seen.contains(expanded)) {
				return null;
			}
			seen.add(expanded);
			JsonValue value = switch (expanded) {
				case Keywords.ID -> id(active, entry.getValue());
				case Keywords.TYPE -> types(typeContext, entry.getValue());
				default -> (expanded.startsWith("@") || !expanded.contains(":")) ? null
						: values(active, entry.getKey(), entry.getValue());
			};
			if (value == null) {
				return null;
			}
			result.add(expanded, value);
		}
		return result.build();
	}

	/** 13.4.3 for a string. */
	private static @Nullable JsonValue id(ActiveContext active, JsonValue value) throws JsonLdError {
		String iri = (value instanceof JsonString string)
				? active.uriExpansion().documentRelative(true).vocab(false).expand(string.getString()) : null;
		return (iri != null) ? JsonBytes.JSON.createValue(iri) : null;
	}

	/** 13.4.4 for a string or strings, with 16. (always an array). */
	private static @Nullable JsonValue types(ActiveContext typeContext, JsonValue value) throws JsonLdError {
		JsonArrayBuilder types = JsonBytes.JSON.createArrayBuilder();
		for (JsonValue type : (value instanceof JsonArray array) ? array : List.of(value)) {
			String iri = (type instanceof JsonString string)
					? typeContext.uriExpansion().vocab(true).documentRelative(true).expand(string.getString()) : null;
			if (iri == null) {
				return null;
			}
			types.add(iri);
		}
		return types.build();
	}

	/** 13.5 to 13.14 for a plain term: the expanded values. */
	private @Nullable JsonValue values(ActiveContext active, String key, JsonValue value) throws JsonLdError {
		TermDefinition definition = active.getTerm(key).orElse(null);
		if (definition != null && (definition.isReverseProperty() || Keywords.JSON.equals(definition.getTypeMapping())
				|| definition.getContainerMapping()
					.stream()
					.anyMatch((container) -> !Keywords.SET.equals(container)))) {
			return null;
		}
		JsonArrayBuilder values = JsonBytes.JSON.createArrayBuilder();
		List<JsonValue> items = (value instanceof JsonArray array) ? array : List.of(value);
		for (JsonValue item : items) {
			JsonValue expanded = item(active, key, item);
			if (expanded == null) {
				return null;
			}
			values.add(expanded);
		}
		return items.isEmpty() ? null : values.build();
	}

	/** 13.9: the library's {@code Expansion} of one item, scalar or object. */
	private @Nullable JsonValue item(ActiveContext active, String key, JsonValue item) throws JsonLdError {
		return switch (item.getValueType()) {
			case OBJECT -> node(active, key, item.asJsonObject());
			case STRING, TRUE, FALSE, NUMBER -> scalar(active, key, item);
			default -> null;
		};
	}

	/** The library's {@code ScalarExpansion}: 4.2. and 4.3. */
	private JsonValue scalar(ActiveContext active, String key, JsonValue scalar) throws JsonLdError {
		JsonValue local = localContext(active, key);
		ActiveContext valueContext = (local != null)
				? this.scoped.derive(active, local, baseUrl(active, key), false, true) : active;
		return valueContext.valueExpansion().expand(scalar, key);
	}

	/** 13.4.4, 13.4.7 and 15. for {@code {"@value": string, "@type": string}}. */
	private static @Nullable JsonObject valueObject(ActiveContext typeContext, JsonObject element) throws JsonLdError {
		JsonValue value = element.get(Keywords.VALUE);
		JsonValue type = element.get(Keywords.TYPE);
		if (element.size() != 2 || !(value instanceof JsonString) || !(type instanceof JsonString string)) {
			return null;
		}
		String iri = typeContext.uriExpansion().vocab(true).documentRelative(true).expand(string.getString());
		if (iri == null || iri.startsWith("@") || UriUtils.isNotURI(iri)) {
			return null;
		}
		return JsonBytes.JSON.createObjectBuilder().add(Keywords.VALUE, value).add(Keywords.TYPE, iri).build();
	}

	/** 7.: a type-scoped context does not apply to a new node object. */
	private static ActiveContext revert(ActiveContext active, JsonObject element) throws JsonLdError {
		if (active.getPreviousContext() == null) {
			return active;
		}
		for (String key : element.keySet()) {
			String expanded = expand(active, key);
			if (Keywords.VALUE.equals(expanded) || (Keywords.ID.equals(expanded) && element.size() == 1)) {
				return active;
			}
		}
		return active.getPreviousContext();
	}

	private static @Nullable String expand(ActiveContext active, String key) throws JsonLdError {
		return active.uriExpansion().vocab(true).expand(key);
	}

	private static @Nullable JsonValue localContext(ActiveContext active, String term) {
		return active.getTerm(term).map(TermDefinition::getLocalContext).orElse(null);
	}

	private static @Nullable URI baseUrl(ActiveContext active, String term) {
		return active.getTerm(term).map(TermDefinition::getBaseUrl).orElse(null);
	}

	private static List<String> sortedStrings(JsonValue value) {
		return CredentialStructure.strings(value).stream().sorted().toList();
	}

}
