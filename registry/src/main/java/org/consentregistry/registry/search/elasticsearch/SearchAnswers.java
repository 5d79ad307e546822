package org.consentregistry.registry.search.elasticsearch;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a multi-search answer in one pass over its bytes, keeping only what
 * {@link SearchAnswer} holds (the typed client builds an object for every part of it and
 * the document sources as JSON-P values first). A search that failed inside the answer is
 * thrown as the {@link ElasticsearchException} the typed client would have thrown.
 */
final class SearchAnswers {

	private SearchAnswers() {
	}

	/** The answers of a multi-search, in the order of its searches. */
	static List<SearchAnswer> read(InputStream in) {
		try (JsonParser parser = JsonValues.parser(in)) {
			parser.nextToken();
			JsonValues.expect(parser, JsonToken.START_OBJECT);
			List<SearchAnswer> answers = new ArrayList<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if ("responses".equals(name)) {
					JsonValues.expect(parser, JsonToken.START_ARRAY);
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						answers.add(answer(parser));
					}
				}
				else {
					parser.skipChildren();
				}
			}
			return answers;
		}
	}

	/** An error answer ({@code {"error": {...}, "status": N}}) as an exception. */
	static ElasticsearchException failure(int status, @Nullable Map<String, Object> error) {
		String type = (error != null && error.get("type") instanceof String t) ? t : "http_" + status;
		StringBuilder reason = new StringBuilder((error != null) ? String.valueOf(error.get("reason")) : "no reason");
		if (error != null && error.get("root_cause") instanceof List<?> causes) {
			for (Object cause : causes) {
				if (cause instanceof Map<?, ?> c) {
					reason.append("; root cause ").append(c.get("type")).append(": ").append(c.get("reason"));
				}
			}
		}
		ErrorResponse response = ErrorResponse
			.of((e) -> e.status(status).error(ErrorCause.of((c) -> c.type(type).reason(reason.toString()))));
		return new ElasticsearchException("msearch", response);
	}

	private static SearchAnswer answer(JsonParser parser) {
		Long total = null;
		List<SearchAnswer.Hit> hits = List.of();
		Map<String, Map<String, Long>> aggregations = Map.of();
		Map<String, Object> error = null;
		int status = 200;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "hits" -> {
					JsonValues.expect(parser, JsonToken.START_OBJECT);
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						String part = parser.currentName();
						parser.nextToken();
						if ("total".equals(part)) {
							total = total(parser);
						}
						else if ("hits".equals(part)) {
							hits = hits(parser);
						}
						else {
							parser.skipChildren();
						}
					}
				}
				case "aggregations" -> aggregations = aggregations(parser);
				case "error" -> error = JsonValues.object(parser);
				case "status" -> status = parser.getIntValue();
				default -> parser.skipChildren();
			}
		}
		if (error != null || status >= 300) {
			throw failure(status, error);
		}
		return new SearchAnswer(total, hits, aggregations);
	}

	private static @Nullable Long total(JsonParser parser) {
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
			return parser.getLongValue();
		}
		Object value = JsonValues.object(parser).get("value");
		return (value instanceof Number number) ? number.longValue() : null;
	}

	private static List<SearchAnswer.Hit> hits(JsonParser parser) {
		JsonValues.expect(parser, JsonToken.START_ARRAY);
		List<SearchAnswer.Hit> hits = new ArrayList<>();
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			hits.add(hit(parser));
		}
		return hits;
	}

	@SuppressWarnings("unchecked")
	private static SearchAnswer.Hit hit(JsonParser parser) {
		String id = null;
		Double score = null;
		Map<String, Object> source = Map.of();
		Map<String, List<String>> highlight = Map.of();
		List<Object> sort = List.of();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "_id" -> id = parser.getString();
				case "_score" -> score = (parser.currentToken().isNumeric()) ? parser.getDoubleValue() : null;
				case "_source" -> source = JsonValues.object(parser);
				case "highlight" -> {
					Map<String, List<String>> fragments = new LinkedHashMap<>();
					JsonValues.object(parser).forEach((field, values) -> fragments.put(field, (List<String>) values));
					highlight = fragments;
				}
				case "sort" -> sort = JsonValues.array(parser);
				default -> parser.skipChildren();
			}
		}
		if (id == null) {
			throw new IllegalStateException("Expected an _id in every hit of an Elasticsearch answer but found none");
		}
		return new SearchAnswer.Hit(id, score, source, highlight, sort);
	}

	private static Map<String, Map<String, Long>> aggregations(JsonParser parser) {
		Map<String, Map<String, Long>> aggregations = new LinkedHashMap<>();
		JsonValues.object(parser).forEach((name, aggregate) -> aggregations.put(name, buckets(aggregate)));
		return aggregations;
	}

	private static Map<String, Long> buckets(Object aggregate) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (aggregate instanceof Map<?, ?> terms && terms.get("buckets") instanceof List<?> buckets) {
			for (Object value : buckets) {
				Map<?, ?> bucket = (Map<?, ?>) value;
				Object key = (bucket.get("key_as_string") != null) ? bucket.get("key_as_string") : bucket.get("key");
				counts.put(String.valueOf(key), ((Number) bucket.get("doc_count")).longValue());
			}
		}
		return counts;
	}

}
