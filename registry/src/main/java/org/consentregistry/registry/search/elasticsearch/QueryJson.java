package org.consentregistry.registry.search.elasticsearch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.PurposeFilter;
import org.consentregistry.registry.search.SearchQuery;
import tools.jackson.core.JsonGenerator;

/**
 * A {@link SearchQuery} written as an Elasticsearch bool query straight to JSON: the text
 * as a simple query string over title (boosted), creator name and description with every
 * word required, each other criterion a filter (see {@link SearchQuery} for what
 * identifier lookups match).
 */
final class QueryJson {

	static final List<String> TEXT_FIELDS = List.of("title^3", "creatorName^2", "description");

	private QueryJson() {
	}

	static void write(JsonGenerator json, SearchQuery query) {
		json.writeStartObject().writeName("bool").writeStartObject();
		if (query.text() != null) {
			json.writeName("must").writeStartObject().writeName("simple_query_string").writeStartObject();
			json.writeStringProperty("query", query.text());
			json.writeName("fields").writeStartArray();
			TEXT_FIELDS.forEach(json::writeString);
			json.writeEndArray().writeStringProperty("default_operator", "and").writeEndObject().writeEndObject();
		}
		json.writeName("filter").writeStartArray();
		json.writeStartObject().writeName("exists").writeStartObject().writeStringProperty("field", "recordId");
		json.writeEndObject().writeEndObject();
		filters(json, query);
		json.writeEndArray().writeEndObject().writeEndObject();
	}

	private static void filters(JsonGenerator json, SearchQuery query) {
		if (query.url() != null) {
			term(json, "exactUrls", query.url());
		}
		if (query.urlPrefix() != null) {
			underPrefix(json, query.urlPrefix());
		}
		if (query.domain() != null) {
			anyOf(json, () -> {
				term(json, "hostSuffixes", query.domain());
				terms(json, "subdomainHosts", RecordDocuments.suffixes(query.domain()));
			});
		}
		if (query.sha256() != null) {
			term(json, "sha256s", query.sha256());
		}
		Map<Purpose, List<String>> byPurpose = new EnumMap<>(Purpose.class);
		for (PurposeFilter filter : query.purposes()) {
			byPurpose.computeIfAbsent(filter.purpose(), (p) -> new ArrayList<>()).add(filter.token());
		}
		byPurpose.values().forEach((tokens) -> terms(json, "purposes", tokens));
		if (!query.mediaTypes().isEmpty()) {
			terms(json, "mediaType", List.copyOf(query.mediaTypes()));
		}
		if (!query.statuses().isEmpty()) {
			terms(json, "status", query.statuses().stream().map(RecordStatus::token).toList());
		}
		if (query.verifiedControl() != null) {
			json.writeStartObject().writeName("term").writeStartObject().writeName("verifiedControl");
			json.writeStartObject().writeBooleanProperty("value", query.verifiedControl());
			json.writeEndObject().writeEndObject().writeEndObject();
		}
		if (query.issuer() != null) {
			term(json, "issuer", query.issuer());
		}
		if (query.work() != null) {
			term(json, "work", query.work());
		}
	}

	/** Anything claimed under the prefix, or a claim that covers all of it. */
	private static void underPrefix(JsonGenerator json, String prefix) {
		List<String> shorter = new ArrayList<>();
		for (int end = prefix.indexOf("://") + 4; end <= prefix.length(); end++) {
			shorter.add(prefix.substring(0, end));
		}
		String host = RecordDocuments.host(prefix);
		anyOf(json, () -> {
			prefix(json, "exactUrls", prefix);
			prefix(json, "urlPrefixes", prefix);
			terms(json, "urlPrefixes", shorter);
			if (host != null) {
				term(json, "domainHosts", host);
				terms(json, "subdomainHosts", RecordDocuments.suffixes(host));
			}
		});
	}

	private static void anyOf(JsonGenerator json, Runnable clauses) {
		json.writeStartObject().writeName("bool").writeStartObject().writeName("should").writeStartArray();
		clauses.run();
		json.writeEndArray().writeStringProperty("minimum_should_match", "1").writeEndObject().writeEndObject();
	}

	static void term(JsonGenerator json, String field, String value) {
		json.writeStartObject().writeName("term").writeStartObject().writeName(field);
		json.writeStartObject().writeStringProperty("value", value).writeEndObject();
		json.writeEndObject().writeEndObject();
	}

	private static void prefix(JsonGenerator json, String field, String value) {
		json.writeStartObject().writeName("prefix").writeStartObject().writeName(field);
		json.writeStartObject().writeStringProperty("value", value).writeEndObject();
		json.writeEndObject().writeEndObject();
	}

	private static void terms(JsonGenerator json, String field, List<String> values) {
		json.writeStartObject().writeName("terms").writeStartObject().writeName(field).writeStartArray();
		values.forEach(json::writeString);
		json.writeEndArray().writeEndObject().writeEndObject();
	}

}
