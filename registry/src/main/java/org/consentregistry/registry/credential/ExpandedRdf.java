package org.consentregistry.registry.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.lang.LanguageTag;
import com.apicatalog.jsonld.uri.UriUtils;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * JSON-LD to RDF for the plain subset of expanded documents that credentials use: node
 * objects with an absolute {@code @id} or none, absolute {@code @type} IRIs, properties
 * with absolute IRIs, nested node objects, and string or boolean values with an absolute
 * datatype or a well-formed language tag. The statements are the ones the library's
 * {@code JsonLdToRdf} gives, up to blank node labels; a document with anything else
 * (lists, graphs, reverse properties, numbers, {@code @json}, directions, explicit blank
 * node identifiers, an IRI that the library would drop) is left to the library, so the
 * caller falls back. A differential test compares both on every conformance document and
 * on randomly mutated credentials.
 */
final class ExpandedRdf {

	static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

	static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

	static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

	static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";

	/** IRIs whose validity is remembered (vocabulary IRIs recur in every credential). */
	private static final int MAX_REMEMBERED = 4096;

	private static final int MAX_REMEMBERED_LENGTH = 256;

	private static final Map<String, Boolean> ABSOLUTE = new ConcurrentHashMap<>();

	private final List<Statement> statements = new ArrayList<>();

	private int blankNodes;

	private ExpandedRdf() {
	}

	/**
	 * The statements of an expanded document, or empty if it is outside the subset.
	 */
	static Optional<List<Statement>> statements(JsonArray expanded) {
		ExpandedRdf rdf = new ExpandedRdf();
		for (JsonValue item : expanded) {
			if (!(item instanceof JsonObject node) || node.containsKey("@value") || rdf.node(node) == null) {
				return Optional.empty();
			}
		}
		return Optional.of(rdf.statements);
	}

	/**
	 * Adds a node object's statements; its subject, or {@code null} outside the subset.
	 */
	private @Nullable String node(JsonObject node) {
		JsonValue id = node.get("@id");
		String subject = (id == null) ? "_:b" + this.blankNodes++ : iri(id);
		if (subject == null) {
			return null;
		}
		for (Map.Entry<String, JsonValue> entry : node.entrySet()) {
			String key = entry.getKey();
			boolean supported = switch (key) {
				case "@id" -> true;
				case "@type" -> types(subject, entry.getValue());
				default -> !key.startsWith("@") && absolute(key) && values(subject, key, entry.getValue());
			};
			if (!supported) {
				return null;
			}
		}
		return subject;
	}

	private boolean types(String subject, JsonValue types) {
		for (JsonValue type : (types instanceof JsonArray array) ? array : List.of(types)) {
			String iri = iri(type);
			if (iri == null) {
				return false;
			}
			this.statements.add(new Statement(subject, RDF_TYPE, iri, null, null));
		}
		return true;
	}

	private boolean values(String subject, String predicate, JsonValue values) {
		if (!(values instanceof JsonArray array)) {
			return false;
		}
		for (JsonValue item : array) {
			if (!(item instanceof JsonObject object)) {
				return false;
			}
			String node = object.containsKey("@value") ? null : node(object);
			if (node != null) {
				this.statements.add(new Statement(subject, predicate, node, null, null));
			}
			else if (!object.containsKey("@value") || !literal(subject, predicate, object)) {
				return false;
			}
		}
		return true;
	}

	/** As steps 5 to 14 of the library's {@code fromObject}, for the subset. */
	private boolean literal(String subject, String predicate, JsonObject value) {
		JsonValue lexical = value.get("@value");
		JsonValue type = value.get("@type");
		JsonValue language = value.get("@language");
		if (value.size() != 1 + ((type != null) ? 1 : 0) + ((language != null) ? 1 : 0)
				|| (type != null && language != null)) {
			return false;
		}
		String datatype = (type != null) ? iri(type) : null;
		String tag = (language instanceof JsonString string && LanguageTag.isWellFormed(string.getString()))
				? string.getString() : null;
		if ((type != null && datatype == null) || (language != null && tag == null)) {
			return false;
		}
		String text;
		if (lexical instanceof JsonString string) {
			text = string.getString();
			datatype = (tag != null) ? RDF_LANG_STRING : (datatype != null) ? datatype : XSD_STRING;
		}
		else if (lexical != null
				&& (lexical.getValueType() == ValueType.TRUE || lexical.getValueType() == ValueType.FALSE)
				&& tag == null) {
			text = (lexical.getValueType() == ValueType.TRUE) ? "true" : "false";
			datatype = (datatype != null) ? datatype : XSD_BOOLEAN;
		}
		else {
			return false;
		}
		this.statements.add(new Statement(subject, predicate, text, datatype, tag));
		return true;
	}

	/** A string that the library accepts as an absolute IRI, else {@code null}. */
	private static @Nullable String iri(JsonValue value) {
		return (value instanceof JsonString string && absolute(string.getString())) ? string.getString() : null;
	}

	/** The library's own test, {@code UriUtils.isAbsoluteUri} with its default policy. */
	static boolean absolute(String iri) {
		Boolean known = ABSOLUTE.get(iri);
		if (known == null) {
			known = UriUtils.isAbsoluteUri(iri, JsonLdOptions.DEFAULT_URI_VALIDATION);
			if (iri.length() <= MAX_REMEMBERED_LENGTH && ABSOLUTE.size() < MAX_REMEMBERED) {
				ABSOLUTE.put(iri, known);
			}
		}
		return known;
	}

}
