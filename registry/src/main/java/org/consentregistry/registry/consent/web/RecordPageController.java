package org.consentregistry.registry.consent.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.consent.ConsentRecordMapper;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.WorkDescription;
import org.consentregistry.registry.control.RecordControl;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a record: its work, identifiers, terms one row a purpose, status and
 * links to its history and other formats. Server-rendered, no scripts.
 */
@Controller
class RecordPageController {

	private final ConsentRecords records;

	private final EngineRecords engineRecords;

	private final RecordControl control;

	RecordPageController(ConsentRecords records, EngineRecords engineRecords, RecordControl control) {
		this.records = records;
		this.engineRecords = engineRecords;
		this.control = control;
	}

	@GetMapping(path = "/records/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String record(@PathVariable String id, Model model, HttpServletResponse response) {
		Optional<RecordEntry> entry = RecordId.parse(id).flatMap(this.records::find);
		if (entry.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("id", id);
			return "records/not-found";
		}
		WorkDescription work = ConsentRecordMapper.describe(this.records.graph(entry.get().id()).orElseThrow(),
				entry.get().credential());
		model.addAttribute("entry", entry.get());
		model.addAttribute("work", work);
		model.addAttribute("identifiers", work.identifiers().stream().map(RecordPageController::describe).toList());
		model.addAttribute("terms", TermsRow.of(work.rules()));
		model.addAttribute("history", this.records.history(entry.get().id()));
		this.engineRecords.one(entry.get().id()).map(this.control::of).ifPresent((view) -> {
			model.addAttribute("controlRows", view.identifiers().stream().map(ControlRows::of).toList());
			model.addAttribute("conflicts", view.conflicts().stream().map(ControlRows.ConflictRow::of).toList());
		});
		model.addAttribute("jsonLd",
				this.records.originalBytes(entry.get().id()).map(RecordPageController::embeddable).orElse("{}"));
		return "records/record";
	}

	/**
	 * The credential as the text of a {@code <script type="application/ld+json">} data
	 * block: every less-than sign (which valid JSON has only inside strings) written as a
	 * JSON unicode escape, so no content can close the block or start markup.
	 */
	static String embeddable(byte[] json) {
		return new String(json, StandardCharsets.UTF_8).replace("<", "\\u003c");
	}

	static String describe(Identifier identifier) {
		if (identifier instanceof Identifier.ExactUrl exact) {
			return "URL " + exact.url();
		}
		if (identifier instanceof Identifier.UrlPrefix prefix) {
			return "Every URL starting with " + prefix.prefix();
		}
		if (identifier instanceof Identifier.Domain domain) {
			return "Domain " + domain.host() + (domain.includeSubdomains() ? " and its subdomains" : "");
		}
		return "File with SHA-256 " + ((Identifier.Sha256) identifier).hex();
	}

}
