package org.consentregistry.registry.consent;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * The rules a credential that replaces another must follow, and the changes to the
 * version chain when it is accepted. The checks read every record recorded before (on
 * ingest: the store with the journaled, not yet applied records laid over it; on replay:
 * the store's write transaction), so checks and changes see one consistent state.
 */
final class UpdateRules {

	private final RecordLookup records;

	private final RecordIris iris;

	UpdateRules(RecordLookup records, RecordIris iris) {
		this.records = records;
		this.iris = iris;
	}

	/**
	 * The current record that {@code added} replaces, checked; empty if it replaces
	 * nothing.
	 * @throws ProblemException if the update may not be recorded
	 */
	Optional<RecordEntry> replaced(NewRecord added) {
		Optional<String> replaces = added.graph().replaces();
		if (replaces.isEmpty()) {
			if (added.graph().isWithdrawal()) {
				throw new ProblemException(Problem.UNKNOWN_REPLACED_RECORD,
						"Expected a withdrawal to name the record it withdraws in 'replaces' but it names none");
			}
			return Optional.empty();
		}
		RecordEntry prior = this.iris.idOf(replaces.get())
			.flatMap((id) -> this.records.entry(this.iris.node(id)))
			.orElseThrow(() -> new ProblemException(Problem.UNKNOWN_REPLACED_RECORD,
					"Expected 'replaces' to name a record of this registry but no record is " + replaces.get()));
		check(added, prior);
		return Optional.of(prior);
	}

	private void check(NewRecord added, RecordEntry prior) {
		String issuer = added.credential().issuer();
		if (!prior.issuer().equals(issuer)) {
			throw new ProblemException(Problem.ISSUER_MISMATCH, "Expected an update of " + prior.record()
					+ " to be issued by " + prior.issuer() + " but it is issued by " + issuer);
		}
		if (prior.status() != RecordStatus.CURRENT) {
			Problem problem = (prior.status() == RecordStatus.WITHDRAWN) ? Problem.WITHDRAWN : Problem.SUPERSEDED;
			throw new ProblemException(problem,
					"Expected " + prior.record() + " to be current but it is " + prior.status().token()
							+ "; update the current version instead")
				.with("current", String.valueOf(prior.supersededBy()));
		}
		if (!prior.work().equals(added.work())) {
			throw new ProblemException(Problem.CONFLICTING_CREDENTIAL, "Expected an update of " + prior.record()
					+ " to be about work " + prior.work() + " but it is about " + added.work());
		}
		if (added.issued() != null && prior.issued() != null && added.issued().isBefore(prior.issued())) {
			throw new ProblemException(Problem.OUT_OF_ORDER_UPDATE, "Expected the update to be issued at or after "
					+ prior.issued() + " (the version it replaces) but it is issued " + added.issued());
		}
	}

	/**
	 * The existing record, if {@code added} is the same credential submitted again (same
	 * bytes or same canonical form).
	 * @throws ProblemException if it differs, or if the existing record was superseded
	 */
	RecordEntry sameAs(RecordEntry existing, NewRecord added) {
		boolean same = existing.sha256().equals(added.sha256())
				|| added.canonicalSha256().equals(this.records.canonicalSha256(added.iri()));
		if (!same) {
			throw new ProblemException(Problem.CONFLICTING_CREDENTIAL, "Expected credential " + existing.credential()
					+ " to have the content already recorded as " + existing.record() + " but it differs")
				.with("record", existing.record());
		}
		if (existing.supersededBy() != null) {
			throw new ProblemException(Problem.SUPERSEDED,
					"Credential " + existing.credential() + " is already recorded as " + existing.record()
							+ " and was superseded by " + existing.supersededBy())
				.with("record", existing.record())
				.with("current", existing.supersededBy());
		}
		return existing;
	}

	/**
	 * Links the chain and updates statuses in the store after {@code added} replaced
	 * {@code prior}.
	 */
	static void apply(RecordMetadata metadata, NewRecord added, RecordEntry prior) {
		Node priorNode = NodeFactory.createURI(prior.record());
		metadata.link(priorNode, added.iri());
		if (!added.graph().isWithdrawal()) {
			metadata.setStatus(priorNode, RecordStatus.SUPERSEDED);
			return;
		}
		metadata.setStatus(added.iri(), RecordStatus.WITHDRAWN);
		for (Node node = priorNode; node != null; node = metadata.object(node, CR.replaces).orElse(null)) {
			metadata.setStatus(node, RecordStatus.WITHDRAWN);
		}
	}

}
