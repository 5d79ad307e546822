package org.consentregistry.registry.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * One search: optional full text and identifier lookups, filters, a sort, a page size, a
 * cursor and the facets to count. Every criterion given must match (AND); within one
 * filter, several values are alternatives (OR), except purpose filters on different
 * purposes, which must all hold. Build one with {@link #builder()}, which normalises and
 * checks every value and throws {@link InvalidSearchQueryException} naming the parameter.
 *
 * <ul>
 * <li>{@code text}: words matched against title, creator name and description (standard
 * analysis, case-insensitive); every word must match; {@code "a phrase"}, {@code word*}
 * and {@code -word} are understood as in a simple query string.</li>
 * <li>{@code url}: records claiming exactly this normalised URL.</li>
 * <li>{@code urlPrefix}: records claiming anything under the prefix (an exact URL or a
 * URL prefix that starts with it) or claiming all of it (a URL prefix it starts with, or
 * a domain that covers its host).</li>
 * <li>{@code domain}: records claiming the domain or anything on it or its subdomains
 * (domains, exact URLs and prefixes whose host is the domain or below it), and records
 * claiming a parent domain with its subdomains included.</li>
 * <li>{@code sha256}: records claiming this content hash.</li>
 * </ul>
 *
 * @param text full-text words, or {@code null}
 * @param url a normalised exact URL, or {@code null}
 * @param urlPrefix a normalised URL prefix, or {@code null}
 * @param domain a lower-case ASCII host name, or {@code null}
 * @param sha256 a lower-case hex SHA-256, or {@code null}
 * @param purposes purpose filters
 * @param mediaTypes media types allowed (empty for any)
 * @param statuses statuses allowed (empty for any)
 * @param verifiedControl the verified-control flag required, or {@code null} for any
 * @param issuer the issuer DID required, or {@code null}
 * @param work the work IRI required, or {@code null}
 * @param sort the order of hits
 * @param size the page size, 1 to {@link #MAX_SIZE}
 * @param cursor where the page starts, or {@code null} for the first page
 * @param facets the facets to count over all hits (not just the page)
 */
public record SearchQuery(@Nullable String text, @Nullable String url, @Nullable String urlPrefix,
		@Nullable String domain, @Nullable String sha256, List<PurposeFilter> purposes, Set<String> mediaTypes,
		Set<RecordStatus> statuses, @Nullable Boolean verifiedControl, @Nullable String issuer, @Nullable String work,
		SearchSort sort, int size, @Nullable SearchCursor cursor, Set<Facet> facets) {

	/** The largest page size. */
	public static final int MAX_SIZE = 100;

	/** The page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	public SearchQuery {
		purposes = List.copyOf(purposes);
		mediaTypes = Set.copyOf(mediaTypes);
		statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
		facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidSearchQueryException("size",
					"Expected a page size from 1 to " + MAX_SIZE + " but got " + size);
		}
		if (text != null && text.isBlank()) {
			text = null;
		}
		SearchSort effective = (sort == SearchSort.RELEVANCE && text == null) ? SearchSort.NEWEST : sort;
		if (cursor != null && cursor.sort() != effective) {
			throw new InvalidSearchQueryException("cursor", "Expected a cursor of a search sorted by "
					+ effective.token() + " but got one sorted by " + cursor.sort().token());
		}
	}

	/**
	 * The sort actually applied: {@link SearchSort#RELEVANCE} without text is
	 * {@link SearchSort#NEWEST}.
	 */
	public SearchSort effectiveSort() {
		return (this.sort == SearchSort.RELEVANCE && this.text == null) ? SearchSort.NEWEST : this.sort;
	}

	/** The same search from the page {@code next} starts. */
	public SearchQuery after(@Nullable SearchCursor next) {
		return new SearchQuery(this.text, this.url, this.urlPrefix, this.domain, this.sha256, this.purposes,
				this.mediaTypes, this.statuses, this.verifiedControl, this.issuer, this.work, this.sort, this.size,
				next, this.facets);
	}

	/** A builder for a query matching everything, sorted by relevance, 20 a page. */
	public static SearchQueryBuilder builder() {
		return new SearchQueryBuilder();
	}

}
