package org.consentregistry.registry.pages;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consentregistry.registry.consent.AsOf;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of a record (the HTML representation of a record IRI; the others are
 * served by the records API): its work, identifiers, terms one row a purpose, status and
 * links to its history and other formats; also as it stood at a past time or log size
 * ({@code at}, {@code logSize}). Server-rendered, no scripts.
 */
@Controller
class RecordPageController {

	private final ConsentRecords records;

	private final LogPoints points;

	private final RecordModel recordModel;

	RecordPageController(ConsentRecords records, LogPoints points, RecordModel recordModel) {
		this.records = records;
		this.points = points;
		this.recordModel = recordModel;
	}

	@GetMapping(path = "/records/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String record(@PathVariable String id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AsOf asOf = this.points.parse(at, logSize);
		Optional<RecordEntry> entry = RecordId.parse(id).flatMap(this.records::find);
		if (asOf != null) {
			entry = entry.flatMap((found) -> this.records.asOf(found, asOf));
			model.addAttribute("asOf", asOf);
		}
		if (entry.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("id", id);
			return "records/not-found";
		}
		List<RecordEntry> history = (asOf != null) ? this.records.history(entry.get().id(), asOf)
				: this.records.history(entry.get().id());
		RecordView view = this.recordModel.view(entry.get(), described(entry.get(), history), history);
		Html sections = new Html(request.getContextPath(), 8192);
		RecordSections.upToHistory(sections, view);
		RecordSections.downloads(sections, view);
		model.addAttribute("entry", view.entry());
		model.addAttribute("work", view.work());
		model.addAttribute("jsonLd", view.jsonLd());
		model.addAttribute("sections", sections.toString());
		return "records/record";
	}

	/** The record itself, or for a withdrawal the version before it in its history. */
	static RecordEntry described(RecordEntry entry, List<RecordEntry> history) {
		if (!entry.isWithdrawal()) {
			return entry;
		}
		RecordEntry previous = entry;
		for (RecordEntry version : history) {
			if (version.record().equals(entry.record())) {
				return previous;
			}
			previous = version;
		}
		return entry;
	}

}
