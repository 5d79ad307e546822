package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.url.UrlFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentregistry.blocker.policy.Fixtures.prohibit;
import static org.consentregistry.blocker.policy.Fixtures.permit;
import static org.consentregistry.blocker.policy.Fixtures.query;
import static org.consentregistry.blocker.policy.Fixtures.record;
import static org.consentregistry.blocker.policy.Fixtures.url;

/** Incremental updates of {@link ConsentRules}, as the registry applies them. */
class ConsentRulesUpdateTests {

	private static final String A = "https://art.example/a";

	@Test
	void withAddsARecordAndLeavesTheOriginalUnchanged() throws UrlFormatException {
		ConsentRules empty = ConsentRules.compile(List.of());
		ConsentRules one = empty.with(record("r1", List.of(url(A)), prohibit(Purpose.TDM)));
		assertThat(one.size()).isEqualTo(1);
		assertThat(one.decide(query(A, Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(empty.size()).isZero();
		assertThat(empty.decide(query(A, Purpose.TDM)).decidedBy()).isEqualTo(Decision.NO_MATCHING_RECORD);
	}

	@Test
	void withReplacesACompiledRecordOfTheSameId() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(A)), prohibit(Purpose.TDM))));
		ConsentRules replaced = rules.with(record("r1", List.of(url(A)), permit(Purpose.TDM)));
		assertThat(replaced.size()).isEqualTo(1);
		assertThat(replaced.decide(query(A, Purpose.TDM)).decidedBy()).isEqualTo(Decision.UNVERIFIED_PERMISSION);
		assertThat(replaced.record("r1")).get()
			.extracting(ConsentRecord::rules)
			.isEqualTo(List.of(permit(Purpose.TDM)));
	}

	@Test
	void withoutRemovesCompiledAndAddedRecords() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(A)), prohibit(Purpose.TDM))))
			.with(record("r2", List.of(url(A)), permit(Purpose.TDM)));
		assertThat(rules.size()).isEqualTo(2);
		ConsentRules withoutFirst = rules.without("r1");
		assertThat(withoutFirst.decide(query(A, Purpose.TDM)).decidedBy()).isEqualTo(Decision.UNVERIFIED_PERMISSION);
		ConsentRules withoutBoth = withoutFirst.without("r2");
		assertThat(withoutBoth.size()).isZero();
		assertThat(withoutBoth.record("r1")).isEmpty();
		assertThat(withoutBoth.decide(query(A, Purpose.TDM)).decidedBy()).isEqualTo(Decision.NO_MATCHING_RECORD);
		assertThat(withoutBoth.without("unknown")).isSameAs(withoutBoth);
	}

	@Test
	void manyUpdatesFoldIntoTheIndexWithoutLosingRecords() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("base", List.of(url(A)), prohibit(Purpose.TDM))));
		Set<String> expected = new HashSet<>(Set.of("base"));
		for (int i = 0; i < 500; i++) {
			rules = rules.with(record("r" + i, List.of(url(A + i)), prohibit(Purpose.TDM)));
			expected.add("r" + i);
			if (i % 3 == 0) {
				rules = rules.without("r" + (i / 2));
				expected.remove("r" + (i / 2));
			}
		}
		assertThat(rules.size()).isEqualTo(expected.size());
		for (int i = 0; i < 500; i++) {
			boolean present = expected.contains("r" + i);
			assertThat(rules.record("r" + i)).as("r%d", i).matches((record) -> record.isPresent() == present);
			assertThat(rules.decide(query(A + i, Purpose.TDM)).answer())
				.isEqualTo(present ? Answer.REFUSED : Answer.UNKNOWN);
		}
		assertThat(rules.decide(query(A, Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
	}

	@Test
	void earlierCopiesKeepTheirAnswersWhileLaterOnesChange() throws UrlFormatException {
		int window = 40;
		List<ConsentRules> versions = new ArrayList<>();
		versions.add(ConsentRules.compile(List.of(record("r0", List.of(url(A)), prohibit(Purpose.TDM)))));
		for (int i = 1; i <= 1500; i++) {
			ConsentRules next = versions.get(i - 1).with(record("r" + i, List.of(url(A + i)), prohibit(Purpose.TDM)));
			versions.add((i > window) ? next.without("r" + (i - window)) : next);
		}
		for (int i = 0; i < versions.size(); i += 37) {
			ConsentRules version = versions.get(i);
			assertThat(version.size()).as("version %d", i).isEqualTo(1 + Math.min(i, window));
			assertThat(version.decide(query(A, Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
			for (int j = Math.max(1, i - window - 2); j <= i + 2; j++) {
				boolean present = j <= i && j > i - window;
				assertThat(version.decide(query(A + j, Purpose.TDM)).answer()).as("r%d in version %d", j, i)
					.isEqualTo(present ? Answer.REFUSED : Answer.UNKNOWN);
			}
		}
	}

	@Test
	void withVerifierChangesOnlyWhoseControlCounts() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(A)), permit(Purpose.TDM))));
		assertThat(rules.withVerifier((issuer, identifier) -> true).decide(query(A, Purpose.TDM)).answer())
			.isEqualTo(Answer.ALLOWED);
		assertThat(rules.decide(query(A, Purpose.TDM)).answer()).isEqualTo(Answer.UNKNOWN);
	}

}
