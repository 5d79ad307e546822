package org.consentregistry.registry.search.elasticsearch;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import org.consentregistry.registry.search.Facet;

/**
 * The document field each {@link Facet} counts, and the counts from an aggregation
 * answer.
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

	static Map<Facet, Map<String, Long>> counts(Map<String, Aggregate> aggregations) {
		Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Aggregate aggregate = aggregations.get(facet.name());
			if (aggregate != null) {
				counts.put(facet, Map.copyOf(values(aggregate)));
			}
		}
		return counts;
	}

	private static Map<String, Long> values(Aggregate aggregate) {
		Map<String, Long> values = new LinkedHashMap<>();
		if (aggregate.isSterms()) {
			aggregate.sterms()
				.buckets()
				.array()
				.forEach((bucket) -> values.put(bucket.key().stringValue(), bucket.docCount()));
		}
		else if (aggregate.isLterms()) {
			aggregate.lterms()
				.buckets()
				.array()
				.forEach((bucket) -> values.put(
						(bucket.keyAsString() != null) ? bucket.keyAsString() : Long.toString(bucket.key()),
						bucket.docCount()));
		}
		return values;
	}

}
