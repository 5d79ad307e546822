package org.consentregistry.registry.decision;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Evidence;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the API shows it.
 *
 * @param answer allowed, refused or unknown
 * @param decidedBy the combining rule that gave the answer
 * @param purpose the purpose asked about
 * @param identifier the identifier asked about, normalised
 * @param recipient the co-op asking, if given
 * @param commercial whether the use is commercial, if given
 * @param at the instant decided at
 * @param evidence the records and rules behind the answer, most specific match first
 * @param conflicts when records of more than one issuer took part: one entry per issuer,
 * in order of first appearance in the evidence; otherwise empty
 * @param logSize the size of the log the answer reflects: the log entries received at or
 * before {@code at}
 * @param checkpoint the latest signed checkpoint when the answer was given, if any
 */
record DecisionJson(String answer, String decidedBy, String purpose, String identifier, @Nullable String recipient,
		@Nullable Boolean commercial, String at, List<EvidenceJson> evidence, List<ConflictJson> conflicts,
		long logSize, @Nullable CheckpointJson checkpoint) {

	static DecisionJson of(Decision decision, Query query, long logSize, @Nullable SignedCheckpoint checkpoint) {
		return new DecisionJson(decision.answer().token(), decision.decidedBy(), query.purpose().token(),
				query.identifier(), query.recipient(), query.commercial(), query.at().toString(),
				decision.evidence().stream().map(EvidenceJson::of).toList(), ConflictJson.of(decision.evidence()),
				logSize, (checkpoint != null) ? CheckpointJson.of(checkpoint) : null);
	}

	/**
	 * A signed checkpoint of the log, enough to ask for a consistency proof from it.
	 *
	 * @param size the tree size it commits to
	 * @param rootHash its root hash, standard base64
	 * @param note the signed note, as served at {@code /log/checkpoint}
	 */
	record CheckpointJson(long size, String rootHash, String note) {

		static CheckpointJson of(SignedCheckpoint checkpoint) {
			return new CheckpointJson(checkpoint.size(),
					Base64.getEncoder().encodeToString(checkpoint.checkpoint().rootHash()), checkpoint.note());
		}

	}

	/**
	 * One of several issuers whose records claim the identifier asked about.
	 *
	 * @param issuer the issuer DID
	 * @param controlVerified whether its control of a matching identifier was verified at
	 * the instant decided at
	 * @param records its records that took part
	 */
	record ConflictJson(String issuer, boolean controlVerified, List<String> records) {

		static List<ConflictJson> of(List<Evidence> evidence) {
			Map<String, List<Evidence>> byIssuer = new LinkedHashMap<>();
			evidence.forEach((e) -> byIssuer.computeIfAbsent(e.issuer(), (issuer) -> new ArrayList<>()).add(e));
			if (byIssuer.size() < 2) {
				return List.of();
			}
			return byIssuer.entrySet()
				.stream()
				.map((entry) -> new ConflictJson(entry.getKey(),
						entry.getValue().stream().anyMatch(Evidence::controlVerified),
						entry.getValue().stream().map(Evidence::recordId).distinct().toList()))
				.toList();
		}

	}

	/**
	 * One record behind a decision.
	 *
	 * @param record the record IRI
	 * @param issuer its issuer DID
	 * @param matchedBy the record's identifier that matched
	 * @param rule the record's rule that applied
	 * @param controlVerified whether the issuer's control of the identifier is verified
	 */
	record EvidenceJson(String record, String issuer, MatchJson matchedBy, RuleJson rule, boolean controlVerified) {

		static EvidenceJson of(Evidence evidence) {
			return new EvidenceJson(evidence.recordId(), evidence.issuer(), MatchJson.of(evidence.matchedBy()),
					RuleJson.of(evidence.rule()), evidence.controlVerified());
		}

	}

	/**
	 * An identifier of a record.
	 *
	 * @param type ExactUrl, UrlPrefix, Domain or ContentHash
	 * @param value the URL, prefix, host or hex digest
	 * @param includeSubdomains for a domain, whether its subdomains are included
	 */
	record MatchJson(String type, String value, @Nullable Boolean includeSubdomains) {

		static MatchJson of(Identifier identifier) {
			if (identifier instanceof Identifier.ExactUrl exact) {
				return new MatchJson("ExactUrl", exact.url(), null);
			}
			if (identifier instanceof Identifier.UrlPrefix prefix) {
				return new MatchJson("UrlPrefix", prefix.prefix(), null);
			}
			if (identifier instanceof Identifier.Domain domain) {
				return new MatchJson("Domain", domain.host(), domain.includeSubdomains());
			}
			return new MatchJson("ContentHash", ((Identifier.Sha256) identifier).hex(), null);
		}

	}

	/**
	 * A compiled ODRL rule.
	 *
	 * @param effect permit or prohibit
	 * @param purpose the purpose token
	 * @param recipients the co-ops it is limited to (empty: everyone)
	 * @param commercial whether it concerns only commercial (true) or non-commercial
	 * (false) use
	 * @param until the instant it stops applying
	 * @param duties the duties attached
	 */
	record RuleJson(String effect, String purpose, List<String> recipients, @Nullable Boolean commercial,
			@Nullable String until, List<String> duties) {

		static RuleJson of(Rule rule) {
			return new RuleJson(rule.effect().name().toLowerCase(java.util.Locale.ROOT), rule.purpose().token(),
					rule.recipients().stream().sorted().toList(), rule.commercial(),
					(rule.until() != null) ? rule.until().toString() : null, rule.duties());
		}

	}

}
