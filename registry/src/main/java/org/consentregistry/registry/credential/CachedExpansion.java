package org.consentregistry.registry.credential;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.cache.Cache;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * JSON-LD 1.1 expansion that processes each bundled {@code @context} once. Processing the
 * credentials/v2 context is a third of a verification's time, and every credential names
 * the same few contexts, so the resulting active context is kept (for context values made
 * only of bundled URLs, at most {@value #MAX_CONTEXTS} of them) and the document is
 * expanded from it, exactly as {@code ExpansionProcessor} does after processing the
 * context itself, by {@link PlainExpansion} where it applies, which also keeps scoped
 * contexts. Any other document takes the library's ordinary path. Instances are
 * thread-safe: active contexts are not changed by expansion, which derives new ones for
 * scoped contexts.
 */
final class CachedExpansion {

	static final int MAX_CONTEXTS = 32;

	private final OfflineDocumentLoader loader;

	private final JsonLdOptions options;

	private final ProcessingRuntime runtime;

	private final Map<JsonValue, ActiveContext> contexts = new ConcurrentHashMap<>();

	private final PlainExpansion plainExpansion = new PlainExpansion();

	CachedExpansion(OfflineDocumentLoader loader) {
		this.loader = loader;
		this.options = new JsonLdOptions(loader);
		this.options.setProduceGeneralizedRdf(false);
		this.options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
		this.options.setContextCache(new ConcurrentCache());
		this.runtime = ProcessingRuntime.of(this.options);
	}

	/** The options of every call; shared, so never to be changed. */
	JsonLdOptions options() {
		return this.options;
	}

	JsonArray expand(JsonObject document) throws JsonLdError {
		Optional<JsonArray> plain = plain(document);
		return plain.isPresent() ? plain.get() : byLibrary(document);
	}

	/**
	 * The expansion by {@link PlainExpansion}, if the document has bundled contexts only
	 * and is plain.
	 */
	Optional<JsonArray> plain(JsonObject document) throws JsonLdError {
		ActiveContext active = bundledContext(document);
		return (active != null) ? this.plainExpansion.expand(active, body(document)) : Optional.empty();
	}

	/**
	 * The expansion by the library (from the kept context if there is one): the
	 * reference.
	 */
	JsonArray byLibrary(JsonObject document) throws JsonLdError {
		ActiveContext active = bundledContext(document);
		if (active == null) {
			return JsonLd.expand(JsonDocument.of(document)).options(this.options).get();
		}
		return toArray(Expansion.with(active, body(document), null, null).compute());
	}

	/**
	 * The kept active context of a document's {@code @context} made of bundled URLs only.
	 */
	private @Nullable ActiveContext bundledContext(JsonObject document) throws JsonLdError {
		JsonValue context = document.get("@context");
		if (context == null || !bundledOnly(context)) {
			return null;
		}
		ActiveContext active = this.contexts.get(context);
		if (active == null) {
			active = new ActiveContext(null, null, this.runtime).newContext().create(context, null);
			if (this.contexts.size() < MAX_CONTEXTS) {
				this.contexts.putIfAbsent(context, active);
			}
		}
		return active;
	}

	private static JsonObject body(JsonObject document) {
		return JsonBytes.JSON.createObjectBuilder(document).remove("@context").build();
	}

	private boolean bundledOnly(JsonValue context) {
		if (context.getValueType() == ValueType.STRING) {
			return this.loader.serves(((jakarta.json.JsonString) context).getString());
		}
		return context.getValueType() == ValueType.ARRAY && !context.asJsonArray().isEmpty()
				&& context.asJsonArray()
					.stream()
					.allMatch((each) -> each.getValueType() == ValueType.STRING
							&& this.loader.serves(((jakarta.json.JsonString) each).getString()));
	}

	/** As the end of the expansion algorithm: a lone {@code @graph} is unwrapped. */
	private static JsonArray toArray(@Nullable JsonValue expanded) {
		JsonValue result = expanded;
		if (result != null && result.getValueType() == ValueType.OBJECT && result.asJsonObject().size() == 1
				&& result.asJsonObject().containsKey("@graph")) {
			result = result.asJsonObject().get("@graph");
		}
		if (result == null || result.getValueType() == ValueType.NULL) {
			return JsonValue.EMPTY_JSON_ARRAY;
		}
		return (result.getValueType() == ValueType.ARRAY) ? result.asJsonArray()
				: JsonBytes.JSON.createArrayBuilder().add(result).build();
	}

	/** The library's context document cache, safe for concurrent use. */
	private static final class ConcurrentCache implements Cache<String, JsonValue> {

		private final Map<String, JsonValue> values = new ConcurrentHashMap<>();

		@Override
		public boolean containsKey(String key) {
			return this.values.containsKey(key);
		}

		@Override
		public @Nullable JsonValue get(String key) {
			return this.values.get(key);
		}

		@Override
		public void put(String key, JsonValue value) {
			if (this.values.size() < MAX_CONTEXTS) {
				this.values.put(key, value);
			}
		}

	}

}
