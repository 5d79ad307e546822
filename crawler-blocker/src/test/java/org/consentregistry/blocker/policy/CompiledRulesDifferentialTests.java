package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.DecisionBatch;
import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.url.UrlFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Differential test: the compiled engine ({@code org.consentregistry.blocker.engine})
 * gives the same decision (answer, combining rule, evidence in order) as
 * {@link ConsentRules} on random record sets and queries, and refuses the same malformed
 * identifiers.
 */
class CompiledRulesDifferentialTests {

	@Test
	void compiledEngineDecidesExactlyAsThePolicyEngine() throws UrlFormatException {
		int decided = 0;
		for (long seed = 1; seed <= 40; seed++) {
			RandomConsent random = new RandomConsent(seed);
			List<ConsentRecord> records = records(random, 1 + (int) (seed % 7) * 5);
			ConsentRules reference = ConsentRules.compile(records, RandomConsent.verifier());
			RuleCompiler compiler = new RuleCompiler(null, RandomConsent.verifier());
			records.forEach(compiler::add);
			CompiledRules compiled = compiler.compile();
			for (int i = 0; i < 300; i++) {
				Query query = random.query();
				assertThat(compiled.decide(query)).as("seed %d, %s", seed, query).isEqualTo(reference.decide(query));
				decided++;
			}
		}
		assertThat(decided).isEqualTo(12_000);
	}

	@Test
	void batchesDecideAsSingleQueriesDo() throws UrlFormatException {
		DecisionBatch batch = new DecisionBatch();
		int decided = 0;
		for (long seed = 200; seed <= 230; seed++) {
			RandomConsent random = new RandomConsent(seed);
			Random sizes = new Random(seed);
			List<ConsentRecord> records = records(random, 1 + (int) (seed % 7) * 5);
			RuleCompiler compiler = new RuleCompiler(null, RandomConsent.verifier());
			records.forEach(compiler::add);
			CompiledRules compiled = compiler.compile();
			for (int round = 0; round < 10; round++) {
				batch.clear();
				int size = 1 + sizes.nextInt(DecisionBatch.CAPACITY);
				for (int i = 0; i < size; i++) {
					batch.add(random.query());
				}
				compiled.decide(batch);
				for (int i = 0; i < size; i++) {
					checkSame(compiled, batch, i);
					decided++;
				}
			}
		}
		assertThat(decided).isGreaterThan(5_000);
	}

	private static void checkSame(CompiledRules compiled, DecisionBatch batch, int i) throws UrlFormatException {
		Query query = batch.query(i);
		Decision single;
		try {
			single = compiled.decide(query);
		}
		catch (UrlFormatException ex) {
			assertThatExceptionOfType(UrlFormatException.class).as("%s", query)
				.isThrownBy(() -> batch.decision(i))
				.withMessage(ex.getMessage());
			return;
		}
		assertThat(batch.decision(i)).as("%s", query).isEqualTo(single);
	}

	@Test
	void rulesCompiledForOnePurposeGiveTheSameAnswerAndEvidenceForIt() throws UrlFormatException {
		for (long seed = 100; seed <= 130; seed++) {
			RandomConsent random = new RandomConsent(seed);
			List<ConsentRecord> records = records(random, 30);
			ConsentRules reference = ConsentRules.compile(records, RandomConsent.verifier());
			for (Purpose purpose : Purpose.values()) {
				RuleCompiler compiler = new RuleCompiler(purpose, RandomConsent.verifier());
				records.forEach(compiler::add);
				CompiledRules compiled = compiler.compile();
				for (int i = 0; i < 60; i++) {
					Query q = random.query();
					Query query = new Query(q.identifier(), purpose, q.recipient(), q.commercial(), q.at());
					Decision expected = reference.decide(query);
					Decision actual = compiled.decide(query);
					assertThat(actual.answer()).isEqualTo(expected.answer());
					assertThat(actual.evidence()).isEqualTo(expected.evidence());
					if (!expected.decidedBy().equals(Decision.NO_APPLICABLE_RULE)) {
						assertThat(actual.decidedBy()).isEqualTo(expected.decidedBy());
					}
				}
			}
		}
	}

	@Test
	void snapshotFlagsGiveTheDecisionsOfControlAsVerifiedThen() throws UrlFormatException {
		RandomConsent random = new RandomConsent(7);
		List<ConsentRecord> records = records(random, 40);
		ConsentRules reference = ConsentRules.compile(records, RandomConsent.verifier());
		RuleCompiler compiler = new RuleCompiler(null, RandomConsent.verifier(), java.time.Instant.EPOCH);
		records.forEach(compiler::add);
		CompiledRules compiled = compiler.compile();
		for (int i = 0; i < 2000; i++) {
			Query query = random.query();
			assertThat(compiled.decide(query)).isEqualTo(reference.decide(query));
		}
	}

	@Test
	void refusesTheIdentifiersThePolicyEngineRefuses() {
		RuleCompiler compiler = new RuleCompiler(null, ControlVerifier.none());
		CompiledRules compiled = compiler.compile();
		for (String identifier : new String[] { "sha256:abc", "ftp://art.example/", "https://a..b/", "" }) {
			assertThatExceptionOfType(UrlFormatException.class)
				.isThrownBy(() -> compiled.decide(Query.of(identifier, Purpose.AI_TRAIN)));
		}
	}

	private static List<ConsentRecord> records(RandomConsent random, int count) {
		List<ConsentRecord> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			records.add(random.record("urn:uuid:" + (i % Math.max(1, count - 3))));
		}
		return records;
	}

}
