package org.consentregistry.registry.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of search hits. Every order ends with the record id ascending, so it is total
 * and {@link SearchCursor}s never skip or repeat a hit.
 */
public enum SearchSort {

	/**
	 * Best text match first. A query without text has no relevance and is sorted as
	 * {@link #NEWEST}.
	 */
	RELEVANCE,

	/** Most recently received first. */
	NEWEST,

	/** Earliest received first. */
	OLDEST;

	/** The lower-case wire form. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Looks a sort up by its token, case-insensitively. */
	public static Optional<SearchSort> of(String token) {
		for (SearchSort sort : values()) {
			if (sort.token().equalsIgnoreCase(token.trim())) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

}
