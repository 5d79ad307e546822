package org.consentregistry.registry.search.elasticsearch;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consentregistry.registry.search.Facet;

/**
 * The document field each {@link Facet} counts, the counts from an aggregation answer,
 * and the same counts made from the hits themselves when a page holds every match.
 */
final class Facets {

	private Facets() {
	}

	static String field(Facet facet) {
		return switch (facet) {
			case PURPOSE -> "purposes";
			case MEDIA_TYPE -> "mediaType";
			case STATUS -> "status";
			case VERIFIED_CONTROL -> "verifiedControl";
		};
	}

	/** The counts of the facets asked for, from terms aggregations named after them. */
	static Map<Facet, Map<String, Long>> counts(Map<String, Map<String, Long>> aggregations) {
		Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Map<String, Long> values = aggregations.get(facet.name());
			if (values != null) {
				counts.put(facet, Map.copyOf(values));
			}
		}
		return counts;
	}

	/**
	 * The terms aggregations {@link #counts} reads, as the node would answer them, made
	 * from the sources of every match: one count per document and distinct value, keys as
	 * the mapping indexes them (media types lower-cased by its normaliser, booleans as
	 * {@code true}/{@code false}).
	 */
	static Map<String, Map<String, Long>> aggregate(Set<Facet> facets, List<SearchAnswer.Hit> hits) {
		Map<String, Map<String, Long>> aggregations = new LinkedHashMap<>();
		for (Facet facet : facets) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (SearchAnswer.Hit hit : hits) {
				Object value = hit.source().get(field(facet));
				List<?> values = (value instanceof List<?> list) ? list.stream().distinct().toList()
						: (value != null) ? List.of(value) : List.of();
				values.forEach((v) -> counts.merge(key(facet, v), 1L, Long::sum));
			}
			aggregations.put(facet.name(), counts);
		}
		return aggregations;
	}

	private static String key(Facet facet, Object value) {
		String text = String.valueOf(value);
		if (facet != Facet.MEDIA_TYPE) {
			return text;
		}
		StringBuilder lower = new StringBuilder(text.length());
		text.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
		return lower.toString();
	}

}
