package org.consentregistry.registry.pages;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

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
 * other issuers about the same work are listed, not merged.
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
	String work(@PathVariable String id, Model model) {
		List<RecordEntry> versions = UUID.matcher(id).matches() ? this.works.versions("urn:uuid:" + id) : List.of();
		List<RecordEntry> heads = versions.stream()
			.filter((version) -> version.supersededBy() == null)
			.sorted(Comparator.comparing(RecordEntry::received).reversed())
			.toList();
		if (heads.isEmpty()) {
			throw new ProblemException(Problem.NOT_FOUND, "No record is about the work urn:uuid:" + id);
		}
		RecordEntry latest = heads.get(0);
		List<RecordEntry> history = this.records.history(latest.id());
		this.recordModel.fill(model, latest, RecordPageController.described(latest, history), history);
		model.addAttribute("workIri", latest.work());
		model.addAttribute("others", heads.subList(1, heads.size()));
		return "pages/work";
	}

}
