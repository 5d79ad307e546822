package org.consentregistry.registry.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchUnavailableException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search results page ({@code GET /search} for browsers; the JSON search API answers
 * other clients): hits with highlighted matches, facets as a checkbox form, sorting and a
 * next-page link by cursor. When the index cannot answer, a friendly page says so with
 * status 503 and {@code Retry-After}.
 */
@Controller
class SearchPageController {

	private final ObjectProvider<SearchIndex> index;

	SearchPageController(ObjectProvider<SearchIndex> index) {
		this.index = index;
	}

	@GetMapping(path = "/search", produces = MediaType.TEXT_HTML_VALUE)
	String search(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		SearchForm form = SearchForm.of(params);
		model.addAttribute("form", form);
		model.addAttribute("firstPage", form.url(null));
		SearchIndex searchIndex = this.index.getIfAvailable();
		try {
			if (searchIndex == null) {
				throw new SearchUnavailableException("No search index is configured");
			}
			model.addAttribute("results", ResultsView.of(searchIndex.search(form.query()), form));
			return "pages/results";
		}
		catch (SearchUnavailableException ex) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
			return "pages/search-unavailable";
		}
	}

}
