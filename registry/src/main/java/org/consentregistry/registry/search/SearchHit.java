package org.consentregistry.registry.search;

import java.util.List;
import java.util.Map;

/**
 * One hit of a search.
 *
 * @param record the record's search document
 * @param score the relevance score (0 when the search has no text)
 * @param highlights per field ({@code title}, {@code creatorName}, {@code description})
 * the fragments that matched the text, matched words between {@link Highlight#START} and
 * {@link Highlight#END}; title and creator name come whole, the description as up to
 * three fragments; fields without a match are absent
 */
public record SearchHit(IndexedRecord record, float score, Map<String, List<String>> highlights) {

	public SearchHit {
		highlights = Map.copyOf(highlights);
	}

}
