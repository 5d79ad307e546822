package org.consentregistry.registry.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * The control claims, in the dataset's control graph. Anyone may claim anything: only the
 * controller of the target can make a claim pass. Unverified claims are bounded per
 * issuer and in all, and new claims per minute.
 */
// Claims are read from the store; after a crash the store lacks journal entries until
// ConsentRecords has set the replayer and recovered them, and a read before that would
// wait
// for ever (VerifiedControl reads claims in its constructor).
@DependsOn("consentRecords")
@Component
public class ControlClaims {

	private final RegistryDataset dataset;

	private final ControlProperties settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ClaimRate rate;

	ControlClaims(RegistryDataset dataset, ControlProperties settings, Clock clock, ApplicationEventPublisher events) {
		this.dataset = dataset;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.rate = new ClaimRate(settings.maxClaimsPerMinute());
	}

	/**
	 * The claim of {@code issuer} to {@code identifier}: the existing one, or a new one
	 * with a fresh token.
	 * @throws ProblemException {@code too-many-claims} if the bounds are reached
	 */
	public Claimed claim(String issuer, Identifier identifier) {
		Claimed claimed = this.dataset.writeInGroup((ds) -> {
			ClaimGraph graph = new ClaimGraph(ds.asDatasetGraph());
			List<ControlClaim> ofIssuer = graph.all(issuer);
			Optional<ControlClaim> existing = ofIssuer.stream()
				.filter((claim) -> claim.identifier().equals(identifier))
				.findFirst();
			if (existing.isPresent()) {
				return new Claimed(existing.get(), false);
			}
			Instant now = this.clock.instant();
			checkBounds(pending(ofIssuer, now), () -> pending(graph.all(null), now), now);
			ControlClaim claim = new ControlClaim(UUID.randomUUID(), issuer, identifier, KeyAuthorization.newToken(),
					now, List.of());
			graph.add(claim);
			return new Claimed(claim, true);
		});
		if (claimed.created()) {
			this.events.publishEvent(new ControlChanged(claimed.claim().id()));
		}
		return claimed;
	}

	public Optional<ControlClaim> find(UUID id) {
		return this.dataset.read((ds) -> new ClaimGraph(ds.asDatasetGraph()).find(id));
	}

	/** Every claim of {@code issuer}, or every claim if {@code null}. */
	public List<ControlClaim> all(@Nullable String issuer) {
		return this.dataset.read((ds) -> new ClaimGraph(ds.asDatasetGraph()).all(issuer));
	}

	/** Records a check of claim {@code id} and answers the claim with it. */
	ControlClaim addCheck(UUID id, ControlCheck check) {
		ControlClaim claim = this.dataset.writeInGroup((ds) -> {
			ClaimGraph graph = new ClaimGraph(ds.asDatasetGraph());
			graph.find(id).orElseThrow(() -> unknown(id));
			graph.addCheck(id, check);
			return graph.find(id).orElseThrow();
		});
		this.events.publishEvent(new ControlChanged(id));
		return claim;
	}

	/**
	 * Removes the claims that never passed a check and are older than the pending TTL.
	 */
	int removeStalePending() {
		Instant cutoff = this.clock.instant().minus(this.settings.pendingTtl());
		List<UUID> removed = this.dataset.writeInGroup((ds) -> {
			ClaimGraph graph = new ClaimGraph(ds.asDatasetGraph());
			List<UUID> stale = graph.all(null)
				.stream()
				.filter((claim) -> claim.status(cutoff) == ControlClaim.Status.PENDING
						&& claim.claimedAt().isBefore(cutoff))
				.map(ControlClaim::id)
				.toList();
			stale.forEach(graph::remove);
			return stale;
		});
		removed.forEach((id) -> this.events.publishEvent(new ControlChanged(id)));
		return removed.size();
	}

	private void checkBounds(long ofIssuer, LongSupplier inAll, Instant now) {
		if (ofIssuer >= this.settings.maxPendingPerIssuer()) {
			throw tooMany("Expected fewer than " + this.settings.maxPendingPerIssuer()
					+ " unverified claims of this issuer but it has " + ofIssuer + "; prove or let them expire first");
		}
		long total = inAll.getAsLong();
		if (total >= this.settings.maxPending()) {
			throw tooMany("Expected fewer than " + this.settings.maxPending()
					+ " unverified claims in the registry but it holds " + total + "; try again later");
		}
		if (!this.rate.tryAcquire(now)) {
			throw tooMany("Expected at most " + this.settings.maxClaimsPerMinute()
					+ " new claims a minute but more arrived; try again in a minute");
		}
	}

	private static long pending(List<ControlClaim> claims, Instant now) {
		return claims.stream().filter((claim) -> claim.status(now) == ControlClaim.Status.PENDING).count();
	}

	private static ProblemException tooMany(String detail) {
		return new ProblemException(Problem.TOO_MANY_CLAIMS, detail);
	}

	static ProblemException unknown(Object id) {
		return new ProblemException(Problem.UNKNOWN_CLAIM, "No control claim has the id '" + id + "'");
	}

	/**
	 * A claim, and whether it was made now.
	 *
	 * @param claim the claim
	 * @param created {@code false} if the issuer had claimed the identifier before
	 */
	public record Claimed(ControlClaim claim, boolean created) {

		public Claimed {
			Objects.requireNonNull(claim);
		}

	}

}
