package org.consentregistry.registry.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Identifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The decision engine's view of verified control: for each issuer, the identifiers it
 * claimed with the intervals its control was verified. Loaded from the store at startup
 * and again after every change; lock-free for readers (one immutable map swapped whole).
 * A record's identifier counts as verified at an instant if a claim of the same issuer
 * {@link Coverage#covers covers} it and was verified then, so decisions for past instants
 * see control as it was.
 */
@Component
public class VerifiedControl implements ControlVerifier {

	private static final Logger logger = LoggerFactory.getLogger(VerifiedControl.class);

	private final ControlClaims claims;

	private final Clock clock;

	private volatile Map<String, List<Verified>> byIssuer;

	VerifiedControl(ControlClaims claims, Clock clock) {
		this.claims = claims;
		this.clock = clock;
		this.byIssuer = load(claims.all(null));
		logger.info("Verified control loaded: {} issuers", this.byIssuer.size());
	}

	@Override
	public boolean verified(String issuer, Identifier identifier) {
		return verified(issuer, identifier, this.clock.instant());
	}

	@Override
	public boolean verified(String issuer, Identifier identifier, Instant at) {
		return verifiedUntil(issuer, identifier, at).isPresent();
	}

	/**
	 * Until when {@code issuer}'s control of {@code identifier} is verified, if it is at
	 * {@code at}.
	 */
	public Optional<Instant> verifiedUntil(String issuer, Identifier identifier, Instant at) {
		Instant until = null;
		for (Verified verified : this.byIssuer.getOrDefault(issuer, List.of())) {
			if (Coverage.covers(verified.identifier(), identifier)) {
				for (ControlClaim.Interval interval : verified.intervals()) {
					if (interval.contains(at) && (until == null || interval.until().isAfter(until))) {
						until = interval.until();
					}
				}
			}
		}
		return Optional.ofNullable(until);
	}

	/** Reloads before other listeners (the search indexer) read the new state. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onChanged(ControlChanged event) {
		reload();
	}

	/** Loads the view from the store again. */
	void reload() {
		this.byIssuer = load(this.claims.all(null));
	}

	private static Map<String, List<Verified>> load(List<ControlClaim> claims) {
		Map<String, List<Verified>> byIssuer = new HashMap<>();
		for (ControlClaim claim : claims) {
			List<ControlClaim.Interval> intervals = claim.verified();
			if (!intervals.isEmpty()) {
				byIssuer.computeIfAbsent(claim.issuer(), (issuer) -> new ArrayList<>())
					.add(new Verified(claim.identifier(), intervals));
			}
		}
		byIssuer.replaceAll((issuer, list) -> List.copyOf(list));
		return Map.copyOf(byIssuer);
	}

	/** A claimed identifier and the intervals its control was verified. */
	private record Verified(Identifier identifier, List<ControlClaim.Interval> intervals) {
	}

}
