package org.consentregistry.registry.pages;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.Works;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of a work ({@code /works/{uuid}} for the work IRI {@code urn:uuid:{uuid}}):
 * its current terms in plain words, signature and log status, the history of its
 * versions, identifiers and downloads, from the newest version of its terms. Records of
 * other issuers about the same work are listed, not merged. The template holds the page's
 * frame; its content is written by {@link WorkPageBody}, and every value the template
 * shows is a plain string, so that rendering evaluates a handful of expressions.
 */
@Controller
class WorkPageController {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Works works;

	private final ConsentRecords records;

	private final RecordModel recordModel;

	WorkPageController(Works works, ConsentRecords records, RecordModel recordModel) {
		this.works = works;
		this.records = records;
		this.recordModel = recordModel;
	}

	@GetMapping(path = "/works/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String work(@PathVariable String id, Model model, HttpServletRequest request) {
		List<RecordEntry> versions = UUID.matcher(id).matches() ? this.works.versions("urn:uuid:" + id) : List.of();
		List<RecordEntry> heads = versions.stream()
			.filter((version) -> version.supersededBy() == null)
			.sorted(Comparator.comparing(RecordEntry::received).reversed())
			.toList();
		if (heads.isEmpty()) {
			throw new ProblemException(Problem.NOT_FOUND, "No record is about the work urn:uuid:" + id);
		}
		RecordEntry latest = heads.get(0);
		List<RecordEntry> history = VersionChain.of(latest, versions)
			.orElseGet(() -> this.records.history(latest.id()));
		RecordView view = this.recordModel.view(latest, RecordPageController.described(latest, history), history);
		String contextPath = request.getContextPath();
		String record = contextPath + RecordSections.recordPath(latest);
		model.addAttribute("title", view.title() + " – Consent Registry");
		model.addAttribute("turtleLink", record + "?format=ttl");
		model.addAttribute("jsonLdLink", record + "?format=jsonld");
		model.addAttribute("jsonLd", view.jsonLd());
		model.addAttribute("main", WorkPageBody.of(contextPath, view, heads.subList(1, heads.size())));
		return "pages/work";
	}

}
