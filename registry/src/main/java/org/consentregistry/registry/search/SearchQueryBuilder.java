package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SearchQuery}, normalising identifiers exactly as the decision engine
 * does (crawler-blocker's {@link UrlNormalizer}) and refusing invalid values with an
 * {@link InvalidSearchQueryException} naming the API parameter.
 */
public final class SearchQueryBuilder {

	private @Nullable String text;

	private @Nullable String url;

	private @Nullable String urlPrefix;

	private @Nullable String domain;

	private @Nullable String sha256;

	private final List<PurposeFilter> purposes = new ArrayList<>();

	private final Set<String> mediaTypes = new LinkedHashSet<>();

	private final Set<RecordStatus> statuses = EnumSet.noneOf(RecordStatus.class);

	private @Nullable Boolean verifiedControl;

	private @Nullable String issuer;

	private @Nullable String work;

	private SearchSort sort = SearchSort.RELEVANCE;

	private int size = SearchQuery.DEFAULT_SIZE;

	private @Nullable SearchCursor cursor;

	private final Set<Facet> facets = EnumSet.noneOf(Facet.class);

	SearchQueryBuilder() {
	}

	/** Full-text words; blank means none. */
	public SearchQueryBuilder text(@Nullable String words) {
		this.text = (words == null || words.isBlank()) ? null : words.strip();
		return this;
	}

	/** An exact http(s) URL, normalised here. */
	public SearchQueryBuilder url(String exactUrl) {
		this.url = normalizedUrl("url", exactUrl);
		return this;
	}

	/** An http(s) URL prefix, normalised here. */
	public SearchQueryBuilder urlPrefix(String prefix) {
		this.urlPrefix = normalizedUrl("prefix", prefix);
		return this;
	}

	/** A host name (IDN or ASCII, any case), normalised here. */
	public SearchQueryBuilder domain(String host) {
		try {
			this.domain = UrlNormalizer.normalizeHost(host.strip());
		}
		catch (UrlFormatException ex) {
			throw new InvalidSearchQueryException("domain",
					"Expected a host name such as art.example but got '" + host + "': " + ex.getMessage());
		}
		return this;
	}

	/** A SHA-256 as 64 hex digits, optionally prefixed {@code sha256:}. */
	public SearchQueryBuilder sha256(String hex) {
		String digits = hex.strip();
		if (digits.regionMatches(true, 0, "sha256:", 0, 7)) {
			digits = digits.substring(7);
		}
		if (!digits.matches("[0-9a-fA-F]{64}")) {
			throw new InvalidSearchQueryException("sha256", "Expected 64 hex digits but got '" + hex + "'");
		}
		this.sha256 = digits.toLowerCase(Locale.ROOT);
		return this;
	}

	/** Adds a purpose filter. */
	public SearchQueryBuilder purpose(PurposeFilter filter) {
		this.purposes.add(filter);
		return this;
	}

	/**
	 * Adds a purpose filter written {@code <purpose>:<effect>}, e.g.
	 * {@code ai-train:refused}.
	 */
	public SearchQueryBuilder purpose(String token) {
		return purpose(PurposeFilter.parse(token)
			.orElseThrow(() -> new InvalidSearchQueryException("purpose",
					"Expected <purpose>:<effect> with purpose tdm, ai-train, genai-train, ai-input or search and effect "
							+ "allowed, refused, conditional or unstated, but got '" + token + "'")));
	}

	/** Adds an allowed media type (compared case-insensitively). */
	public SearchQueryBuilder mediaType(String mediaType) {
		this.mediaTypes.add(mediaType.strip().toLowerCase(Locale.ROOT));
		return this;
	}

	/** Adds an allowed status. */
	public SearchQueryBuilder status(RecordStatus status) {
		this.statuses.add(status);
		return this;
	}

	/** Requires the verified-control flag to be {@code verified}. */
	public SearchQueryBuilder verifiedControl(@Nullable Boolean verified) {
		this.verifiedControl = verified;
		return this;
	}

	/** Requires this issuer DID. */
	public SearchQueryBuilder issuer(String did) {
		this.issuer = did.strip();
		return this;
	}

	/** Requires this work IRI. */
	public SearchQueryBuilder work(String iri) {
		this.work = iri.strip();
		return this;
	}

	public SearchQueryBuilder sort(SearchSort order) {
		this.sort = order;
		return this;
	}

	/** The page size, 1 to {@link SearchQuery#MAX_SIZE}. */
	public SearchQueryBuilder size(int pageSize) {
		this.size = pageSize;
		return this;
	}

	public SearchQueryBuilder cursor(@Nullable SearchCursor after) {
		this.cursor = after;
		return this;
	}

	/** The opaque cursor of a previous result. */
	public SearchQueryBuilder cursor(String encoded) {
		this.cursor = SearchCursor.decode(encoded)
			.orElseThrow(() -> new InvalidSearchQueryException("cursor",
					"Expected a cursor returned by a previous search but got '" + abbreviate(encoded) + "'"));
		return this;
	}

	/** Counts these facets too. */
	public SearchQueryBuilder facets(Facet... counted) {
		this.facets.addAll(List.of(counted));
		return this;
	}

	public SearchQuery build() {
		return new SearchQuery(this.text, this.url, this.urlPrefix, this.domain, this.sha256, this.purposes,
				this.mediaTypes, this.statuses, this.verifiedControl, this.issuer, this.work, this.sort, this.size,
				this.cursor, this.facets);
	}

	private static String normalizedUrl(String parameter, String value) {
		try {
			return UrlNormalizer.normalize(value.strip());
		}
		catch (UrlFormatException ex) {
			throw new InvalidSearchQueryException(parameter,
					"Expected an http or https URL but got '" + abbreviate(value) + "': " + ex.getMessage());
		}
	}

	private static String abbreviate(String value) {
		return (value.length() > 80) ? value.substring(0, 80) + "…" : value;
	}

}
