package org.consentregistry.registry.search.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.InvalidSearchQueryException;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchQueryBuilder;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code GET /search}, checked and turned into a
 * {@link SearchQuery}; an invalid one raises {@link InvalidSearchQueryException} naming
 * it.
 *
 * @param q full-text words
 * @param url an exact URL
 * @param prefix a URL prefix
 * @param domain a host name
 * @param sha256 a content hash
 * @param purpose purpose filters, {@code <purpose>:<effect>}
 * @param mediaType media types
 * @param status statuses
 * @param verified {@code true} or {@code false}
 * @param issuer an issuer DID
 * @param work a work IRI
 * @param sort {@code relevance}, {@code newest} or {@code oldest}
 * @param size the page size
 * @param cursor the cursor of a previous page
 * @param facets facet names, or {@code none}; all when absent
 */
record SearchParameters(@Nullable String q, @Nullable String url, @Nullable String prefix, @Nullable String domain,
		@Nullable String sha256, @Nullable List<String> purpose, @Nullable List<String> mediaType,
		@Nullable List<String> status, @Nullable String verified, @Nullable String issuer, @Nullable String work,
		@Nullable String sort, @Nullable String size, @Nullable String cursor, @Nullable List<String> facets) {

	SearchQuery toQuery() {
		SearchQueryBuilder query = SearchQuery.builder().text(this.q);
		if (present(this.url)) {
			query.url(this.url);
		}
		if (present(this.prefix)) {
			query.urlPrefix(this.prefix);
		}
		if (present(this.domain)) {
			query.domain(this.domain);
		}
		if (present(this.sha256)) {
			query.sha256(this.sha256);
		}
		values(this.purpose).forEach(query::purpose);
		values(this.mediaType).forEach(query::mediaType);
		values(this.status).forEach((token) -> query.status(status(token)));
		if (present(this.verified)) {
			query.verifiedControl(flag(this.verified));
		}
		if (present(this.issuer)) {
			query.issuer(this.issuer);
		}
		if (present(this.work)) {
			query.work(this.work);
		}
		if (present(this.sort)) {
			query.sort(SearchSort.of(this.sort)
				.orElseThrow(() -> invalid("sort", "relevance, newest or oldest", this.sort)));
		}
		query.size(size(this.size));
		query.facets(facets(this.facets).toArray(Facet[]::new));
		if (present(this.cursor)) {
			query.cursor(this.cursor);
		}
		return query.build();
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static List<String> values(@Nullable List<String> values) {
		return (values != null) ? values.stream()
			.flatMap((value) -> List.of(value.split(",")).stream())
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList() : List.of();
	}

	private static RecordStatus status(String token) {
		try {
			return RecordStatus.valueOf(token.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("status", "current, superseded or withdrawn", token);
		}
	}

	private static boolean flag(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw invalid("verified", "true or false", value);
		};
	}

	private static int size(@Nullable String value) {
		if (!present(value)) {
			return SearchQuery.DEFAULT_SIZE;
		}
		try {
			int size = Integer.parseInt(value.strip());
			if (size >= 1 && size <= SearchQuery.MAX_SIZE) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw invalid("size", "a whole number from 1 to " + SearchQuery.MAX_SIZE, value);
	}

	private static Set<Facet> facets(@Nullable List<String> names) {
		if (names == null) {
			return EnumSet.allOf(Facet.class);
		}
		Set<Facet> facets = EnumSet.noneOf(Facet.class);
		for (String name : values(names)) {
			if (!"none".equals(name)) {
				facets.add(EnumSet.allOf(Facet.class)
					.stream()
					.filter((facet) -> facet.field().equals(name))
					.findFirst()
					.orElseThrow(() -> invalid("facets", "purpose, mediaType, status, verified or none", name)));
			}
		}
		return facets;
	}

	static InvalidSearchQueryException invalid(String parameter, String expected, @Nullable String actual) {
		return new InvalidSearchQueryException(parameter,
				"Expected '" + parameter + "' to be " + expected + " but it is '" + actual + "'");
	}

}
