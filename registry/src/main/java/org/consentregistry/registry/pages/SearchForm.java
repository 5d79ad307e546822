package org.consentregistry.registry.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.InvalidSearchQueryException;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchQueryBuilder;
import org.consentregistry.registry.search.SearchSort;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The search page's GET parameters: {@code q} (words, or a URL, or a SHA-256),
 * {@code purpose} ({@code ai-train:refused}, repeatable), {@code mediaType} and
 * {@code status} (repeatable), {@code verified} ({@code true}/{@code false}),
 * {@code sort} and the opaque {@code cursor} of the next page.
 *
 * @param q what was typed in the search box
 * @param purposes the purpose filters checked
 * @param mediaTypes the media types checked
 * @param statuses the statuses checked
 * @param verified {@code true}, {@code false} or empty for either
 * @param sort the sort token
 * @param cursor where the page starts, or {@code null} for the first page
 */
record SearchForm(String q, List<String> purposes, List<String> mediaTypes, List<String> statuses, String verified,
		String sort, @Nullable String cursor) {

	static final int PAGE_SIZE = 20;

	private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

	private static final Pattern SHA256 = Pattern.compile("(?i)(sha256:)?[0-9a-f]{64}");

	static SearchForm of(MultiValueMap<String, String> params) {
		String verified = first(params, "verified");
		if (!verified.isEmpty() && !"true".equals(verified) && !"false".equals(verified)) {
			throw invalid("verified", "true, false or empty", verified);
		}
		String sort = first(params, "sort").isEmpty() ? SearchSort.RELEVANCE.token() : first(params, "sort");
		String cursor = first(params, "cursor");
		return new SearchForm(first(params, "q").strip(), all(params, "purpose"), all(params, "mediaType"),
				all(params, "status"), verified, sort, cursor.isEmpty() ? null : cursor);
	}

	/** The index query, or a 400 problem naming the parameter that is invalid. */
	SearchQuery query() {
		try {
			SearchQueryBuilder builder = SearchQuery.builder();
			if (URL.matcher(this.q).matches()) {
				builder.urlPrefix(this.q);
			}
			else if (SHA256.matcher(this.q).matches()) {
				builder.sha256(this.q);
			}
			else {
				builder.text(this.q);
			}
			this.purposes.forEach(builder::purpose);
			this.mediaTypes.forEach(builder::mediaType);
			for (String status : this.statuses) {
				builder.status(status(status));
			}
			builder.verifiedControl(this.verified.isEmpty() ? null : Boolean.valueOf(this.verified));
			builder.sort(SearchSort.of(this.sort)
				.orElseThrow(() -> invalid("sort", "relevance, newest or oldest", this.sort)));
			if (this.cursor != null) {
				builder.cursor(this.cursor);
			}
			return builder.size(PAGE_SIZE).facets(Facet.values()).build();
		}
		catch (InvalidSearchQueryException ex) {
			throw new ProblemException(Problem.INVALID_PARAMETER, String.valueOf(ex.getMessage()), ex).with("parameter",
					ex.parameter());
		}
	}

	/** The page's address with another cursor ({@code null}: the first page). */
	String url(@Nullable String newCursor) {
		StringJoiner query = new StringJoiner("&", "/search?", "");
		add(query, "q", this.q);
		this.purposes.forEach((value) -> add(query, "purpose", value));
		this.mediaTypes.forEach((value) -> add(query, "mediaType", value));
		this.statuses.forEach((value) -> add(query, "status", value));
		if (!this.verified.isEmpty()) {
			add(query, "verified", this.verified);
		}
		add(query, "sort", this.sort);
		if (newCursor != null) {
			add(query, "cursor", newCursor);
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private static RecordStatus status(String token) {
		for (RecordStatus status : RecordStatus.values()) {
			if (status.token().equals(token)) {
				return status;
			}
		}
		throw invalid("status", "current, superseded or withdrawn", token);
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value : "";
	}

	private static List<String> all(MultiValueMap<String, String> params, String name) {
		return params.getOrDefault(name, List.of()).stream().filter((value) -> !value.isBlank()).distinct().toList();
	}

	private static ProblemException invalid(String name, String expected, String actual) {
		return new ProblemException(Problem.INVALID_PARAMETER,
				"Expected '" + name + "' to be " + expected + " but it is '" + actual + "'")
			.with("parameter", name);
	}

}
