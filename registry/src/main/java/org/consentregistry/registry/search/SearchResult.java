package org.consentregistry.registry.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of a search.
 *
 * @param total how many records match in all (exact)
 * @param hits this page's hits, in the query's order
 * @param facets per facet asked for, value to number of matching records, counted over
 * all hits; values with no hit may be absent
 * @param next where the next page starts, or {@code null} if this page is the last
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, Map<String, Long>> facets,
		@Nullable SearchCursor next) {

	public SearchResult {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

}
