package org.consentregistry.registry.search.elasticsearch;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consentregistry.registry.search.Facet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts made from the hits of a page that holds every match: the same keys and
 * counts as the node's terms aggregations over the mapping's fields.
 */
class FacetsTests {

	@Test
	void countsEachDistinctValueOncePerHitAsTheMappingIndexesIt() {
		List<SearchAnswer.Hit> hits = List.of(
				hit(Map.of("purposes", List.of("tdm:refused", "search:allowed", "tdm:refused"), "mediaType",
						"Image/PNG", "status", "current", "verifiedControl", true)),
				hit(Map.of("purposes", List.of("tdm:unstated", "search:allowed"), "mediaType", "image/png", "status",
						"superseded", "verifiedControl", false)),
				hit(Map.of("purposes", List.of(), "status", "current", "verifiedControl", false)));
		Map<Facet, Map<String, Long>> counts = Facets.counts(Facets.aggregate(Set.of(Facet.values()), hits));
		assertThat(counts.get(Facet.PURPOSE))
			.isEqualTo(Map.of("tdm:refused", 1L, "tdm:unstated", 1L, "search:allowed", 2L));
		assertThat(counts.get(Facet.MEDIA_TYPE)).isEqualTo(Map.of("image/png", 2L));
		assertThat(counts.get(Facet.STATUS)).isEqualTo(Map.of("current", 2L, "superseded", 1L));
		assertThat(counts.get(Facet.VERIFIED_CONTROL)).isEqualTo(Map.of("true", 1L, "false", 2L));
	}

	@Test
	void countsOnlyTheFacetsAskedForAndKeepsThemWithoutHits() {
		Map<Facet, Map<String, Long>> counts = Facets.counts(Facets.aggregate(Set.of(Facet.STATUS), List.of()));
		assertThat(counts).containsOnlyKeys(Facet.STATUS);
		assertThat(counts.get(Facet.STATUS)).isEmpty();
	}

	private static SearchAnswer.Hit hit(Map<String, Object> source) {
		return new SearchAnswer.Hit("id", null, source, Map.of(), List.of());
	}

}
