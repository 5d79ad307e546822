package org.consentregistry.registry.search.elasticsearch;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the JSON value at a parser's current token as plain Java values: objects as
 * {@link LinkedHashMap}, arrays as {@link ArrayList}, integers as {@link Long}, other
 * numbers as {@link Double}, strings, booleans and {@code null}.
 */
final class JsonValues {

	private static final JsonFactory JSON = new JsonFactory();

	private JsonValues() {
	}

	/** A parser of a stream of JSON, before its first token. */
	static JsonParser parser(InputStream in) {
		return JSON.createParser(ObjectReadContext.empty(), in);
	}

	/** A generator of JSON into a stream, which it leaves open. */
	static JsonGenerator generator(OutputStream out) {
		return JSON.createGenerator(ObjectWriteContext.empty(), out);
	}

	/** The one JSON value of a stream. */
	static @Nullable Object read(InputStream in) {
		try (JsonParser parser = parser(in)) {
			parser.nextToken();
			return read(parser);
		}
	}

	static @Nullable Object read(JsonParser parser) {
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> object(parser);
			case START_ARRAY -> array(parser);
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT -> parser.getLongValue();
			case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw new IllegalStateException("Expected a JSON value but found " + token);
		};
	}

	/** The object at the current token, which must start one. */
	static Map<String, Object> object(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		Map<String, Object> object = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			Object value = read(parser);
			if (value != null) {
				object.put(name, value);
			}
		}
		return object;
	}

	/** The array at the current token, which must start one; {@code null}s dropped. */
	static List<Object> array(JsonParser parser) {
		expect(parser, JsonToken.START_ARRAY);
		List<Object> array = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			Object value = read(parser);
			if (value != null) {
				array.add(value);
			}
		}
		return array;
	}

	static void expect(JsonParser parser, JsonToken expected) {
		if (parser.currentToken() != expected) {
			throw new IllegalStateException(
					"Expected " + expected + " in an Elasticsearch answer but found " + parser.currentToken());
		}
	}

}
