package org.consentregistry.registry.search.elasticsearch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.json.stream.JsonGenerator;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Sends searches as one {@code _msearch} through the client's low-level REST client and
 * reads the answer with {@link SearchAnswers}: the request bodies are the typed client's,
 * serialised by its mapper, but the answer is read in one pass into what the adapter
 * keeps. Error answers surface as the typed client's exceptions, so that {@link Calls}
 * maps them as before.
 */
final class MultiSearch {

	private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

	private final Rest5Client rest;

	private final JsonpMapper mapper;

	MultiSearch(ElasticsearchClient client) {
		this.rest = ((Rest5ClientTransport) client._transport()).restClient();
		this.mapper = client._jsonpMapper();
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
				throw new IllegalStateException("Expected " + items.size() + " answers to a multi-search but found "
						+ answers.size());
			}
			return answers;
		}
	}

	private byte[] body(List<Item> items) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
		for (Item item : items) {
			JsonGenerator header = this.mapper.jsonProvider().createGenerator(out);
			header.writeStartObject();
			if (item.index() != null) {
				header.write("index", item.index());
			}
			header.write("request_cache", item.requestCache()).writeEnd().close();
			out.write('\n');
			JsonGenerator body = this.mapper.jsonProvider().createGenerator(out);
			item.body().serialize(body, this.mapper);
			body.close();
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
	record Item(@Nullable String index, boolean requestCache, SearchRequestBody body) {
	}

}
