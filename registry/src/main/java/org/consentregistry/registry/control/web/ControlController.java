package org.consentregistry.registry.control.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.consentregistry.registry.control.ControlChecks;
import org.consentregistry.registry.control.ControlClaims;
import org.consentregistry.registry.control.ControlMethod;
import org.consentregistry.registry.control.ControlProperties;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proof of control over HTTP: claim a domain or URL prefix for an issuer (no password:
 * only the controller of the target can make the claim pass), check it, read it, list an
 * issuer's claims.
 */
@RestController
class ControlController {

	private static final int MAX_BODY_BYTES = 8 * 1024;

	private final ControlClaims claims;

	private final ControlChecks checks;

	private final ControlProperties settings;

	private final Clock clock;

	ControlController(ControlClaims claims, ControlChecks checks, ControlProperties settings, Clock clock) {
		this.claims = claims;
		this.checks = checks;
		this.settings = settings;
		this.clock = clock;
	}

	@PostMapping(path = "/control/claims", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ClaimJson> claim(HttpServletRequest request) throws IOException {
		ClaimRequests.ClaimRequest parsed = ClaimRequests.parse(body(request));
		ControlClaims.Claimed claimed = this.claims.claim(parsed.issuer(), parsed.identifier());
		return ResponseEntity.status(claimed.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/control/claims/" + claimed.claim().id()))
			.body(ClaimJson.of(claimed.claim(), this.settings, this.clock.instant()));
	}

	@PostMapping(path = "/control/claims/{id}/check", produces = MediaType.APPLICATION_JSON_VALUE)
	CheckResultJson check(@PathVariable String id, @RequestParam(required = false) @Nullable String method) {
		ControlMethod only = (method != null) ? ControlMethod.of(method)
			.orElseThrow(() -> ProblemException.invalidParameter("method", "dns, http or meta", method)) : null;
		ControlChecks.Result result = this.checks.checkNow(uuid(id), only);
		return CheckResultJson.of(result, this.settings, this.clock.instant());
	}

	@GetMapping(path = "/control/claims/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ClaimJson get(@PathVariable String id) {
		UUID uuid = uuid(id);
		return this.claims.find(uuid)
			.map((claim) -> ClaimJson.of(claim, this.settings, this.clock.instant()))
			.orElseThrow(() -> unknown(id));
	}

	@GetMapping(path = "/control", produces = MediaType.APPLICATION_JSON_VALUE)
	ClaimListing list(@RequestParam(required = false) @Nullable String issuer) {
		if (issuer == null || issuer.isBlank()) {
			throw ProblemException.invalidParameter("issuer", "the DID whose claims to list", "missing");
		}
		return new ClaimListing(this.claims.all(issuer.trim())
			.stream()
			.map((claim) -> ClaimJson.of(claim, this.settings, this.clock.instant()))
			.toList());
	}

	/**
	 * An issuer's claims.
	 *
	 * @param claims the claims, oldest first
	 */
	record ClaimListing(List<ClaimJson> claims) {
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw unknown(id);
		}
	}

	private static ProblemException unknown(String id) {
		return new ProblemException(Problem.UNKNOWN_CLAIM, "No control claim has the id '" + id + "'");
	}

	private static byte[] body(HttpServletRequest request) throws IOException {
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		if (body.length > MAX_BODY_BYTES) {
			throw new ProblemException(Problem.BODY_TOO_LARGE,
					"Expected a body of at most " + MAX_BODY_BYTES + " bytes but it has more")
				.with("maxBytes", MAX_BODY_BYTES);
		}
		return body;
	}

}
