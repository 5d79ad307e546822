package org.consentregistry.registry.pages;

import org.consentregistry.registry.consent.Works;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of a creator, named by the DID that signs their credentials: their works,
 * newest first, each with its current status, {@value #PAGE_SIZE} a page.
 */
@Controller
class CreatorPageController {

	static final int PAGE_SIZE = 50;

	private static final int MAX_PAGE = 10_000;

	private final Works works;

	CreatorPageController(Works works) {
		this.works = works;
	}

	@GetMapping(path = "/creators/{did}", produces = MediaType.TEXT_HTML_VALUE)
	String creator(@PathVariable String did, @RequestParam(defaultValue = "1") String page, Model model) {
		if (!did.matches("did:[a-z0-9]+:[A-Za-z0-9._:%-]+")) {
			throw new ProblemException(Problem.NOT_FOUND, "Expected a DID such as did:key:z6Mk… but got '" + did + "'");
		}
		int number = pageNumber(page);
		Works.Listing listing = this.works.byIssuer(did, PAGE_SIZE, (number - 1) * PAGE_SIZE);
		if (listing.total() == 0) {
			throw new ProblemException(Problem.NOT_FOUND, "The registry holds no record signed by " + did);
		}
		model.addAttribute("did", did);
		model.addAttribute("listing", listing);
		model.addAttribute("page", number);
		model.addAttribute("pages", Math.max(1, (listing.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "pages/creator";
	}

	private static int pageNumber(String page) {
		try {
			int number = Integer.parseInt(page.strip());
			if (number >= 1 && number <= MAX_PAGE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ProblemException(Problem.INVALID_PARAMETER,
				"Expected 'page' to be a whole number from 1 to " + MAX_PAGE + " but it is '" + page + "'")
			.with("parameter", "page");
	}

}
