package org.consentregistry.registry.search.elasticsearch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Sends searches as one {@code _msearch} through the client's low-level REST client: the
 * bodies written straight to JSON ({@link SearchBodies}), the answer read in one pass
 * into what the adapter keeps ({@link SearchAnswers}), where the typed client built and
 * serialised request objects and parsed every part of the answer into objects. Error
 * answers surface as the typed client's exceptions, so that {@link Calls} maps them as
 * before.
 */
final class MultiSearch {

	private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

	private final Rest5Client rest;

	MultiSearch(ElasticsearchClient client) {
		this.rest = ((Rest5ClientTransport) client._transport()).restClient();
	}

	/** The answers of the searches, in their order. */
	List<SearchAnswer> search(List<Item> items) throws IOException {
		Request request = new Request("POST", "/_msearch");
		request.setEntity(new ByteArrayEntity(body(items), NDJSON));
		Response response;
		try {
			response = this.rest.performRequest(request);
		}
		catch (ResponseException ex) {
			throw failure(ex.getResponse());
		}
		try (InputStream in = response.getEntity().getContent()) {
			List<SearchAnswer> answers = SearchAnswers.read(in);
			if (answers.size() != items.size()) {
				throw new IllegalStateException(
						"Expected " + items.size() + " answers to a multi-search but found " + answers.size());
			}
			return answers;
		}
	}

	static byte[] body(List<Item> items) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
		for (Item item : items) {
			try (JsonGenerator header = JsonValues.generator(out)) {
				header.writeStartObject();
				if (item.index() != null) {
					header.writeStringProperty("index", item.index());
				}
				header.writeBooleanProperty("request_cache", item.requestCache()).writeEndObject();
			}
			out.write('\n');
			try (JsonGenerator body = JsonValues.generator(out)) {
				item.body().write(body);
			}
			out.write('\n');
		}
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private static RuntimeException failure(Response response) throws IOException {
		int status = response.getStatusCode();
		Map<String, Object> error = null;
		if (response.getEntity() == null) {
			return SearchAnswers.failure(status, null);
		}
		try (InputStream in = response.getEntity().getContent()) {
			Object body = JsonValues.read(in);
			if (body instanceof Map<?, ?> map && map.get("error") instanceof Map<?, ?> cause) {
				error = (Map<String, Object>) cause;
			}
		}
		catch (JacksonException | IllegalStateException ex) {
			// not JSON: reported by status alone
		}
		return SearchAnswers.failure(status, error);
	}

	/**
	 * One search of a multi-search.
	 *
	 * @param index the index or alias, or {@code null} for a search in a point in time
	 * @param requestCache whether the shard request cache may answer it
	 * @param body the search
	 */
	record Item(@Nullable String index, boolean requestCache, Body body) {
	}

	/** Writes a search body. */
	@FunctionalInterface
	interface Body {

		void write(JsonGenerator json);

	}

}
