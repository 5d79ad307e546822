package org.consentregistry.registry.consent.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.consent.AsOf;
import org.consentregistry.registry.consent.ConsentRecordMapper;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.WorkDescription;
import org.consentregistry.registry.control.RecordControl;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of a record: its work, identifiers, terms one row a purpose, status and
 * links to its history and other formats; also as it stood at a past time or log size
 * ({@code at}, {@code logSize}). Server-rendered, no scripts.
 */
@Controller
class RecordPageController {

	private final ConsentRecords records;

	private final EngineRecords engineRecords;

	private final RecordControl control;

	private final LogPoints points;

	RecordPageController(ConsentRecords records, EngineRecords engineRecords, RecordControl control, LogPoints points) {
		this.records = records;
		this.engineRecords = engineRecords;
		this.control = control;
		this.points = points;
	}

	@GetMapping(path = "/records/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String record(@PathVariable String id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize, Model model, HttpServletResponse response) {
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
		WorkDescription work = ConsentRecordMapper.describe(this.records.graph(entry.get().id()).orElseThrow(),
				entry.get().credential());
		model.addAttribute("entry", entry.get());
		model.addAttribute("work", work);
		model.addAttribute("identifiers", work.identifiers().stream().map(RecordPageController::describe).toList());
		model.addAttribute("terms", TermsRow.of(work.rules()));
		model.addAttribute("history",
				(asOf != null) ? this.records.history(entry.get().id(), asOf) : this.records.history(entry.get().id()));
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
