package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the matches of a query into a decision (see {@code docs/decisions.md}): any
 * applicable prohibition refuses; otherwise a permission from a verified issuer allows;
 * otherwise the answer is unknown, with the reason in {@code decidedBy}.
 */
final class Combiner {

	private Combiner() {
	}

	static Decision decide(List<Match> matches, Query query, ControlVerifier verifier) {
		if (matches.isEmpty()) {
			return new Decision(Answer.UNKNOWN, Decision.NO_MATCHING_RECORD, List.of());
		}
		if (matches.size() == 1) {
			return decideOne(matches.get(0).record(), matches.get(0).identifier(), query, verifier);
		}
		List<Chosen> chosen = chooseOnePerRecord(matches, query, verifier);
		List<Evidence> evidence = new ArrayList<>();
		boolean prohibited = false;
		boolean verifiedPermission = false;
		for (Chosen choice : chosen) {
			ConsentRecord record = choice.match().record();
			for (Rule rule : choice.rules()) {
				evidence.add(new Evidence(record.recordId(), record.issuer(), choice.match().identifier(), rule,
						choice.verified()));
				prohibited |= rule.effect() == Effect.PROHIBIT;
				verifiedPermission |= rule.effect() == Effect.PERMIT && choice.verified();
			}
		}
		return decision(prohibited, verifiedPermission, evidence);
	}

	/**
	 * The decision for one match of a record in force: what {@link #decide} gives for a
	 * list of that one match, without the intermediate lists.
	 */
	static Decision decideOne(ConsentRecord record, Identifier matchedBy, Query query, ControlVerifier verifier) {
		List<Rule> rules = record.rules();
		Evidence[] evidence = null;
		int n = 0;
		boolean verified = false;
		boolean prohibited = false;
		boolean verifiedPermission = false;
		for (int r = 0; r < rules.size(); r++) {
			Rule rule = rules.get(r);
			if (!rule.appliesTo(query)) {
				continue;
			}
			if (evidence == null) {
				evidence = new Evidence[rules.size() - r];
				verified = verifier.verified(record.issuer(), matchedBy, query.at());
			}
			evidence[n++] = new Evidence(record.recordId(), record.issuer(), matchedBy, rule, verified);
			prohibited |= rule.effect() == Effect.PROHIBIT;
			verifiedPermission |= rule.effect() == Effect.PERMIT && verified;
		}
		if (evidence == null) {
			return new Decision(Answer.UNKNOWN, Decision.NO_APPLICABLE_RULE, List.of());
		}
		return decision(prohibited, verifiedPermission,
				(n == 1) ? List.of(evidence[0]) : List.of(Arrays.copyOf(evidence, n)));
	}

	private static Decision decision(boolean prohibited, boolean verifiedPermission, List<Evidence> evidence) {
		if (prohibited) {
			return new Decision(Answer.REFUSED, Decision.REFUSAL_WINS, evidence);
		}
		if (verifiedPermission) {
			return new Decision(Answer.ALLOWED, Decision.VERIFIED_PERMISSION, evidence);
		}
		if (!evidence.isEmpty()) {
			return new Decision(Answer.UNKNOWN, Decision.UNVERIFIED_PERMISSION, evidence);
		}
		return new Decision(Answer.UNKNOWN, Decision.NO_APPLICABLE_RULE, List.of());
	}

	/**
	 * For each record with an applicable rule, the match that stands for it: its most
	 * specific match whose control is verified, else its most specific match. Ordered
	 * most specific first.
	 */
	private static List<Chosen> chooseOnePerRecord(List<Match> matches, Query query, ControlVerifier verifier) {
		matches.sort(Match.MOST_SPECIFIC_FIRST);
		Map<String, Chosen> byRecord = new HashMap<>();
		List<Chosen> chosen = new ArrayList<>();
		for (Match match : matches) {
			String recordId = match.record().recordId();
			Chosen previous = byRecord.get(recordId);
			if (previous != null && previous.verified()) {
				continue;
			}
			List<Rule> rules = (previous != null) ? previous.rules() : applicableRules(match.record(), query);
			if (rules.isEmpty()) {
				continue;
			}
			boolean verified = verifier.verified(match.record().issuer(), match.identifier(), query.at());
			if (previous == null || verified) {
				Chosen choice = new Chosen(match, rules, verified);
				byRecord.put(recordId, choice);
				chosen.remove(previous);
				chosen.add(choice);
			}
		}
		if (chosen.size() > 1) {
			chosen.sort((a, b) -> Match.MOST_SPECIFIC_FIRST.compare(a.match(), b.match()));
		}
		return chosen;
	}

	private static List<Rule> applicableRules(ConsentRecord record, Query query) {
		List<Rule> applicable = null;
		for (Rule rule : record.rules()) {
			if (rule.appliesTo(query)) {
				if (applicable == null) {
					applicable = new ArrayList<>(2);
				}
				applicable.add(rule);
			}
		}
		return (applicable != null) ? applicable : List.of();
	}

	/**
	 * The match standing for a record, its applicable rules and whether it is verified.
	 */
	private record Chosen(Match match, List<Rule> rules, boolean verified) {
	}

}
