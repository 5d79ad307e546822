package org.consentregistry.registry.pages;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the registry is and a search box.
 */
@Controller
class HomePageController {

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home() {
		return "pages/home";
	}

}
