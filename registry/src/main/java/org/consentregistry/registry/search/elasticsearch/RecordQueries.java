package org.consentregistry.registry.search.elasticsearch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.PurposeFilter;
import org.consentregistry.registry.search.SearchQuery;

/**
 * A {@link SearchQuery} as an Elasticsearch bool query: the text as a simple query string
 * over title (boosted), creator name and description with every word required, each other
 * criterion a filter (see {@link SearchQuery} for what identifier lookups match).
 */
final class RecordQueries {

	static final List<String> TEXT_FIELDS = List.of("title^3", "creatorName^2", "description");

	private RecordQueries() {
	}

	static Query of(SearchQuery query) {
		BoolQuery.Builder bool = new BoolQuery.Builder().filter(QueryBuilders.exists((e) -> e.field("recordId")));
		if (query.text() != null) {
			bool.must(QueryBuilders
				.simpleQueryString((s) -> s.query(query.text()).fields(TEXT_FIELDS).defaultOperator(Operator.And)));
		}
		if (query.url() != null) {
			bool.filter(term("exactUrls", query.url()));
		}
		if (query.urlPrefix() != null) {
			bool.filter(underPrefix(query.urlPrefix()));
		}
		if (query.domain() != null) {
			bool.filter(onDomain(query.domain()));
		}
		if (query.sha256() != null) {
			bool.filter(term("sha256s", query.sha256()));
		}
		purposeFilters(query.purposes()).forEach(bool::filter);
		if (!query.mediaTypes().isEmpty()) {
			bool.filter(terms("mediaType", List.copyOf(query.mediaTypes())));
		}
		if (!query.statuses().isEmpty()) {
			bool.filter(terms("status", query.statuses().stream().map(RecordStatus::token).toList()));
		}
		if (query.verifiedControl() != null) {
			boolean verified = query.verifiedControl();
			bool.filter(QueryBuilders.term((t) -> t.field("verifiedControl").value(verified)));
		}
		if (query.issuer() != null) {
			bool.filter(term("issuer", query.issuer()));
		}
		if (query.work() != null) {
			bool.filter(term("work", query.work()));
		}
		return bool.build()._toQuery();
	}

	/** Anything claimed under the prefix, or a claim that covers all of it. */
	static Query underPrefix(String prefix) {
		List<Query> any = new ArrayList<>();
		any.add(QueryBuilders.prefix((p) -> p.field("exactUrls").value(prefix)));
		any.add(QueryBuilders.prefix((p) -> p.field("urlPrefixes").value(prefix)));
		List<String> shorter = new ArrayList<>();
		for (int end = prefix.indexOf("://") + 4; end <= prefix.length(); end++) {
			shorter.add(prefix.substring(0, end));
		}
		any.add(terms("urlPrefixes", shorter));
		String host = RecordDocuments.host(prefix);
		if (host != null) {
			any.add(term("domainHosts", host));
			any.add(terms("subdomainHosts", RecordDocuments.suffixes(host)));
		}
		return anyOf(any);
	}

	/** Claims on the domain or below it, and parent domains claimed with subdomains. */
	static Query onDomain(String domain) {
		return anyOf(List.of(term("hostSuffixes", domain), terms("subdomainHosts", RecordDocuments.suffixes(domain))));
	}

	/** One filter per purpose; several effects for one purpose are alternatives. */
	static List<Query> purposeFilters(List<PurposeFilter> filters) {
		Map<Purpose, List<String>> byPurpose = new EnumMap<>(Purpose.class);
		filters.forEach(
				(filter) -> byPurpose.computeIfAbsent(filter.purpose(), (p) -> new ArrayList<>()).add(filter.token()));
		return byPurpose.values().stream().map((tokens) -> terms("purposes", tokens)).toList();
	}

	static Query term(String field, String value) {
		return QueryBuilders.term((t) -> t.field(field).value(value));
	}

	static Query terms(String field, List<String> values) {
		List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
		return QueryBuilders.terms((t) -> t.field(field).terms((v) -> v.value(fieldValues)));
	}

	private static Query anyOf(List<Query> queries) {
		return QueryBuilders.bool((b) -> b.should(queries).minimumShouldMatch("1"));
	}

}
