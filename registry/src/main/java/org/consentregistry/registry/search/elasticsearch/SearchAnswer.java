package org.consentregistry.registry.search.elasticsearch;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One search's answer as {@link SearchAnswers} reads it from a multi-search: only what
 * the adapter uses.
 *
 * @param total the exact number of matches, or {@code null} if the search did not count
 * them
 * @param hits the hits, in order
 * @param aggregations per terms aggregation, bucket key ({@code key_as_string} where the
 * answer has one) to document count, in the answer's order
 */
record SearchAnswer(@Nullable Long total, List<Hit> hits, Map<String, Map<String, Long>> aggregations) {

	/**
	 * One hit.
	 *
	 * @param id the document id
	 * @param score its score, or {@code null} if not computed
	 * @param source the document source as maps, lists, strings, numbers and booleans
	 * @param highlight per field, the highlighted fragments
	 * @param sort the sort values: numbers ({@link Long} or {@link Double}) or strings
	 */
	record Hit(String id, @Nullable Double score, Map<String, Object> source, Map<String, List<String>> highlight,
			List<Object> sort) {
	}

}
