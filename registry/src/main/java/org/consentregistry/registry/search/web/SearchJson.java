package org.consentregistry.registry.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * The JSON answer of {@code GET /search}.
 *
 * @param total how many records match in all
 * @param size the page size
 * @param sort the order applied ({@code relevance} without text is {@code newest})
 * @param hits this page
 * @param facets per facet, value to count over all matches
 * @param next the cursor of the next page, absent on the last page
 */
record SearchJson(long total, int size, String sort, List<HitJson> hits, Map<String, Map<String, Long>> facets,
		@Nullable String next) {

	static SearchJson of(SearchQuery query, SearchResult result) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			Map<String, Long> counts = result.facets().get(facet);
			if (counts != null) {
				facets.put(facet.field(), counts);
			}
		}
		return new SearchJson(result.total(), query.size(), query.effectiveSort().token(),
				result.hits().stream().map(HitJson::of).toList(), facets,
				(result.next() != null) ? result.next().encode() : null);
	}

}
