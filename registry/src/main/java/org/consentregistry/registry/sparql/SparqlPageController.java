package org.consentregistry.registry.sparql;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTML query form at {@code GET /sparql}, for browsers (a request without a
 * {@code query}); {@code ?example=} fills it with one of the examples. Server-rendered,
 * no scripts: the form submits by GET to the protocol endpoint.
 */
@Controller
class SparqlPageController {

	private final SparqlProperties limits;

	SparqlPageController(SparqlProperties limits) {
		this.limits = limits;
	}

	@GetMapping(path = "/sparql", params = "!query", produces = MediaType.TEXT_HTML_VALUE)
	String form(@RequestParam(required = false) @Nullable String example, Model model) {
		SparqlExample shown = SparqlExample.find((example != null) ? example : "").orElse(SparqlExample.ALL.get(0));
		model.addAttribute("examples", SparqlExample.ALL);
		model.addAttribute("shown", shown);
		model.addAttribute("resultFormats", FormatOption.of(false));
		model.addAttribute("graphFormats", FormatOption.of(true));
		model.addAttribute("limits", this.limits);
		return "sparql/form";
	}

	/** A choice of the form's format list: the token and the media type it stands for. */
	record FormatOption(String token, String mediaType) {

		static java.util.List<FormatOption> of(boolean graph) {
			return ResultFormat.forGraphs(graph)
				.stream()
				.map((format) -> new FormatOption(format.token(),
						format.mediaType().getType() + "/" + format.mediaType().getSubtype()))
				.toList();
		}

	}

}
