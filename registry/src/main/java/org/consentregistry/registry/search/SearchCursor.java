package org.consentregistry.registry.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the next page of a search starts: the sort values of the last hit returned
 * ({@code search_after} on [sort key, record id]) and, optionally, the adapter's
 * point-in-time snapshot the first page was served from. Clients see it only as the
 * opaque string {@link #encode()} returns.
 *
 * @param sort the effective sort of the search that produced it
 * @param score the last hit's score ({@link SearchSort#RELEVANCE}; else 0)
 * @param received the last hit's received time in epoch milliseconds (date sorts; else 0)
 * @param recordId the last hit's record id, the final tie-breaker
 * @param snapshot an adapter-specific point-in-time handle (Lucene searcher version, an
 * Elasticsearch PIT id), or {@code null}; an expired one falls back to the live index
 */
public record SearchCursor(SearchSort sort, float score, long received, String recordId, @Nullable String snapshot) {

	private static final String VERSION = "c1";

	private static final Pattern RECORD_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	public SearchCursor {
		if (!RECORD_ID.matcher(recordId).matches()) {
			throw new IllegalArgumentException("Expected a lower-case UUID record id but got '" + recordId + "'");
		}
	}

	/** The opaque wire form (URL-safe Base64, no padding). */
	public String encode() {
		String plain = String.join("|", VERSION, this.sort.token(), Float.toString(this.score),
				Long.toString(this.received), this.recordId, (this.snapshot != null) ? this.snapshot : "");
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** Parses a cursor from {@link #encode()}; empty if it is not one. */
	public static Optional<SearchCursor> decode(String encoded) {
		if (encoded.length() > 4096) {
			return Optional.empty();
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			String[] parts = plain.split("\\|", -1);
			if (parts.length != 6 || !VERSION.equals(parts[0])) {
				return Optional.empty();
			}
			Optional<SearchSort> sort = SearchSort.of(parts[1]);
			float score = Float.parseFloat(parts[2]);
			if (sort.isEmpty() || !Float.isFinite(score)) {
				return Optional.empty();
			}
			return Optional.of(new SearchCursor(sort.get(), score, Long.parseLong(parts[3]), parts[4],
					parts[5].isEmpty() ? null : parts[5]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
