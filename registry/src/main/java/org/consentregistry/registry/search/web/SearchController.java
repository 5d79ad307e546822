package org.consentregistry.registry.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.consentregistry.registry.search.SearchHealth;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchIndexer;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.Suggestion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over the registry's records (every version, with its status): full text with
 * highlights, lookups by URL, prefix, domain and hash, filters, facet counts, cursor
 * paging, and suggestions for a search box. When the index is down the answer is
 * {@code 503} {@code search-unavailable} with {@code Retry-After}.
 */
@RestController
class SearchController {

	/** The most suggestions one request may ask for. */
	static final int MAX_SUGGESTIONS = 20;

	private final SearchIndex index;

	private final SearchIndexer indexer;

	SearchController(SearchIndex index, SearchIndexer indexer) {
		this.index = index;
		this.indexer = indexer;
	}

	@Operation(summary = "Search records",
			description = "Every parameter is optional and all given must match. Repeat purpose, mediaType and "
					+ "status (or separate values with commas) to allow several. See docs/api.md.")
	@GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
	SearchJson search(
			@Parameter(description = "words in title, creator name or description") @RequestParam(
					required = false) @Nullable String q,
			@Parameter(description = "an exact URL, normalised as the decision engine does") @RequestParam(
					required = false) @Nullable String url,
			@Parameter(description = "a URL prefix: records claiming URLs under it or all of it") @RequestParam(
					required = false) @Nullable String prefix,
			@Parameter(description = "a host: records claiming it, anything on it or below it, or a parent "
					+ "domain with its subdomains") @RequestParam(required = false) @Nullable String domain,
			@Parameter(description = "a content hash, 64 hex digits") @RequestParam(
					required = false) @Nullable String sha256,
			@Parameter(description = "<purpose>:<effect>, e.g. ai-train:refused") @RequestParam(
					required = false) @Nullable List<String> purpose,
			@RequestParam(required = false) @Nullable List<String> mediaType,
			@Parameter(description = "current, superseded or withdrawn") @RequestParam(
					required = false) @Nullable List<String> status,
			@Parameter(description = "true or false: the issuer proved control") @RequestParam(
					required = false) @Nullable String verified,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false) @Nullable String work,
			@Parameter(description = "relevance (default), newest or oldest") @RequestParam(
					required = false) @Nullable String sort,
			@Parameter(description = "1 to 100, default 20") @RequestParam(required = false) @Nullable String size,
			@Parameter(description = "the next cursor of the previous page") @RequestParam(
					required = false) @Nullable String cursor,
			@Parameter(description = "facets to count: purpose, mediaType, status, verified, or none; "
					+ "all by default") @RequestParam(required = false) @Nullable List<String> facets) {
		SearchQuery query = new SearchParameters(q, url, prefix, domain, sha256, purpose, mediaType, status, verified,
				issuer, work, sort, size, cursor, facets)
			.toQuery();
		return SearchJson.of(query, this.index.search(query));
	}

	@Operation(summary = "Suggest completions",
			description = "Titles and creator names of current records with a word starting with the prefix.")
	@GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	SuggestionsJson suggest(@RequestParam String prefix, @RequestParam(required = false) @Nullable String limit) {
		int most = parseLimit(limit);
		String typed = (prefix.length() > 100) ? prefix.substring(0, 100) : prefix;
		return new SuggestionsJson(typed, this.index.suggest(typed, most));
	}

	@Operation(summary = "The search index's state",
			description = "Whether it answers, its versioned index, documents, and how far it has indexed the journal.")
	@GetMapping(path = "/search/status", produces = MediaType.APPLICATION_JSON_VALUE)
	StatusJson status() {
		SearchHealth health = this.index.health();
		return new StatusJson(health, this.indexer.journalSize());
	}

	private static int parseLimit(@Nullable String limit) {
		if (limit == null || limit.isBlank()) {
			return 10;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= MAX_SUGGESTIONS) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw SearchParameters.invalid("limit", "a whole number from 1 to " + MAX_SUGGESTIONS, limit);
	}

	/**
	 * Suggestions for a prefix.
	 *
	 * @param prefix what was typed
	 * @param suggestions the completions, best first
	 */
	record SuggestionsJson(String prefix, List<Suggestion> suggestions) {
	}

	/**
	 * The index's state and the journal it follows.
	 *
	 * @param index the index's health
	 * @param journalSize how many entries the journal holds; the index is up to date when
	 * its position equals it
	 */
	record StatusJson(SearchHealth index, long journalSize) {
	}

}
