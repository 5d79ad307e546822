package org.consentregistry.registry.control.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.consentregistry.registry.control.ControlCheck;
import org.consentregistry.registry.control.ControlClaim;
import org.consentregistry.registry.control.ControlMethod;
import org.consentregistry.registry.control.ControlProperties;
import org.jspecify.annotations.Nullable;

/**
 * A control claim as the API shows it.
 *
 * @param id the claim's id
 * @param issuer the issuer DID
 * @param identifier the domain or URL prefix claimed
 * @param status pending, verified or expired
 * @param token the token the registry issued
 * @param value the value to publish: the token bound to the issuer
 * @param claimedAt when the claim was made
 * @param pendingUntil while pending, when the claim is removed unless a check passes
 * @param verifiedUntil while verified, until when
 * @param publish where and how to publish the value, one entry per method that can prove
 * the identifier
 * @param checks every check, oldest first
 */
record ClaimJson(String id, String issuer, IdentifierJson identifier, String status, String token, String value,
		String claimedAt, @Nullable String pendingUntil, @Nullable String verifiedUntil, List<PublishJson> publish,
		List<CheckJson> checks) {

	static ClaimJson of(ControlClaim claim, ControlProperties settings, Instant now) {
		ControlClaim.Status status = claim.status(now);
		return new ClaimJson(claim.id().toString(), claim.issuer(), IdentifierJson.of(claim.identifier()),
				status.token(), claim.token(), claim.keyAuthorization(), claim.claimedAt().toString(),
				(status == ControlClaim.Status.PENDING) ? claim.claimedAt().plus(settings.pendingTtl()).toString()
						: null,
				claim.verifiedUntil(now).map(Instant::toString).orElse(null), PublishJson.of(claim, settings),
				claim.checks().stream().map(CheckJson::of).toList());
	}

	/**
	 * Where to publish the value for one method.
	 *
	 * @param method dns, http or meta
	 * @param location the DNS name, or the URL the registry fetches
	 * @param value exactly what to publish there
	 * @param how in plain words
	 */
	record PublishJson(String method, String location, String value, String how) {

		static List<PublishJson> of(ControlClaim claim, ControlProperties settings) {
			return Arrays.stream(ControlMethod.values())
				.filter((method) -> method.proves(claim.identifier()))
				.map((method) -> of(method, method.where(claim.identifier(), claim.token(), settings),
						claim.keyAuthorization()))
				.toList();
		}

		private static PublishJson of(ControlMethod method, String location, String value) {
			return switch (method) {
				case DNS -> new PublishJson("dns", location, value,
						"Add a TXT record named " + location + " whose text is the value.");
				case HTTP -> new PublishJson("http", location, value,
						"Serve the value as the whole body (text/plain) at " + location + ".");
				case META -> new PublishJson("meta", location,
						"<meta name=\"consent-registry-verification\" content=\"" + value + "\">",
						"Put this tag in the <head> of the page at " + location + ".");
			};
		}

	}

	/**
	 * One recorded check.
	 *
	 * @param checkedAt when
	 * @param result passed or failed
	 * @param method the method that passed
	 * @param expires until when a passed check verifies control
	 * @param detail what was found, or why each method failed
	 */
	record CheckJson(String checkedAt, String result, @Nullable String method, @Nullable String expires,
			String detail) {

		static CheckJson of(ControlCheck check) {
			ControlMethod method = check.method();
			Instant expires = check.expires();
			return new CheckJson(check.checkedAt().toString(), check.passed() ? "passed" : "failed",
					(method != null) ? method.token() : null, (expires != null) ? expires.toString() : null,
					check.detail());
		}

	}

}
