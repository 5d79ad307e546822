package org.consentregistry.registry.decision;

import java.util.Locale;

import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.consent.AsOf;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.system.ProblemException;
import org.consentregistry.registry.system.RequestParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * May this identifier be used for this purpose? Answers with the decision, the combining
 * rule that produced it and the evidence, from the same engine the crawler-blocker uses;
 * now, or as the registry stood at a past time ({@code at}) or log size
 * ({@code logSize}). Every answer names the log size it reflects and the latest signed
 * checkpoint.
 */
@RestController
class DecisionController {

	private final DecisionRules rules;

	private final LogPoints points;

	private final Checkpoints checkpoints;

	DecisionController(DecisionRules rules, LogPoints points, Checkpoints checkpoints) {
		this.rules = rules;
		this.points = points;
		this.checkpoints = checkpoints;
	}

	@GetMapping(path = "/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
	DecisionJson decide(@RequestParam String identifier, @RequestParam String purpose,
			@RequestParam(required = false) @Nullable String recipient,
			@RequestParam(required = false) @Nullable String commercial,
			@RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize) {
		Purpose use = RequestParameters.purpose("purpose", purpose);
		String normalised = normalise(identifier);
		Boolean commercialUse = RequestParameters.flag("commercial", commercial);
		AsOf parsed = this.points.parse(at, logSize);
		AsOf asOf = (parsed != null) ? parsed : this.points.now();
		Query query = new Query(normalised, use, recipient, commercialUse, asOf.at());
		try {
			Decision decision = this.rules.decide(query);
			return DecisionJson.of(decision, query, asOf.logSize(), this.checkpoints.latest().orElse(null));
		}
		catch (UrlFormatException ex) {
			throw ProblemException.invalidParameter("identifier", "an http(s) URL or sha256:<64 hex digits>",
					identifier);
		}
	}

	static String normalise(String identifier) {
		String trimmed = identifier.trim();
		if (trimmed.regionMatches(true, 0, "sha256:", 0, 7)) {
			String hex = trimmed.substring(7).toLowerCase(Locale.ROOT);
			if (!hex.matches("[0-9a-f]{64}")) {
				throw ProblemException.invalidParameter("identifier", "sha256: followed by 64 hex digits", identifier);
			}
			return "sha256:" + hex;
		}
		try {
			return UrlNormalizer.normalize(trimmed);
		}
		catch (UrlFormatException ex) {
			throw ProblemException.invalidParameter("identifier",
					"an http(s) URL or sha256:<64 hex digits> (" + ex.getMessage() + ")", identifier);
		}
	}

}
