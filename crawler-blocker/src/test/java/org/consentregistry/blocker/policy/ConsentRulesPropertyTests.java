package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.consentregistry.blocker.url.UrlFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed engine never disagrees with {@link BruteForceDecisions}, the definition
 * written as a linear scan, over seeded random records and queries.
 */
class ConsentRulesPropertyTests {

	@Test
	void compiledIndexAgreesWithLinearScan() throws UrlFormatException {
		Map<String, Integer> seen = new HashMap<>();
		for (long seed = 1; seed <= 40; seed++) {
			RandomConsent random = new RandomConsent(seed);
			List<ConsentRecord> records = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				records.add(random.record("r" + i));
			}
			ConsentRules rules = ConsentRules.compile(records, RandomConsent.verifier());
			for (Decision decision : assertAgreement(rules, records, random, seed, 100)) {
				seen.merge(decision.decidedBy(), 1, Integer::sum);
			}
		}
		assertThat(seen).as("every way of deciding is exercised")
			.containsOnlyKeys(Decision.REFUSAL_WINS, Decision.VERIFIED_PERMISSION, Decision.UNVERIFIED_PERMISSION,
					Decision.NO_APPLICABLE_RULE, Decision.NO_MATCHING_RECORD);
		assertThat(seen.values()).allMatch((count) -> count >= 50);
	}

	@Test
	void incrementallyUpdatedIndexAgreesWithLinearScan() throws UrlFormatException {
		for (long seed = 100; seed <= 105; seed++) {
			RandomConsent random = new RandomConsent(seed);
			Map<String, ConsentRecord> model = new LinkedHashMap<>();
			for (int i = 0; i < 100; i++) {
				model.put("r" + i, random.record("r" + i));
			}
			ConsentRules rules = ConsentRules.compile(new ArrayList<>(model.values()), RandomConsent.verifier());
			Random operations = new Random(seed);
			for (int step = 0; step < 800; step++) {
				String id = "r" + operations.nextInt(300);
				if (operations.nextInt(3) == 0) {
					model.remove(id);
					rules = rules.without(id);
				}
				else {
					ConsentRecord record = random.record(id);
					model.put(id, record);
					rules = rules.with(record);
				}
				if (step % 40 == 39) {
					assertThat(rules.size()).isEqualTo(model.size());
					assertAgreement(rules, new ArrayList<>(model.values()), random, seed, 30);
				}
			}
		}
	}

	private static List<Decision> assertAgreement(ConsentRules rules, List<ConsentRecord> records, RandomConsent random,
			long seed, int queries) throws UrlFormatException {
		List<Decision> decisions = new ArrayList<>();
		for (int i = 0; i < queries; i++) {
			Query query = random.query();
			Decision expected = BruteForceDecisions.decide(records, query, RandomConsent.verifier());
			assertThat(rules.decide(query)).as("seed %d, %s", seed, query).isEqualTo(expected);
			decisions.add(expected);
		}
		return decisions;
	}

}
