package org.consentregistry.registry.pages;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsRowTests {

	@Test
	void showsOneRowPerPurposeWithBroaderRefusalsWinning() {
		List<TermsRow> rows = TermsRow
			.of(List.of(Rule.of(Effect.PROHIBIT, Purpose.AI_TRAIN), Rule.of(Effect.PERMIT, Purpose.SEARCH)));
		assertThat(rows).extracting(TermsRow::purpose, TermsRow::verdict)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tdm", "Not stated"),
					org.assertj.core.groups.Tuple.tuple("ai-train", "Refused"),
					org.assertj.core.groups.Tuple.tuple("genai-train", "Refused"),
					org.assertj.core.groups.Tuple.tuple("ai-input", "Not stated"),
					org.assertj.core.groups.Tuple.tuple("search", "Allowed"));
	}

	@Test
	void describesConditionsAndDutiesInPlainWords() {
		Rule rule = new Rule(Effect.PERMIT, Purpose.AI_TRAIN, Set.of("https://coop.example/"), false,
				Instant.parse("2027-01-01T00:00:00.000000001Z"), List.of("attribute", "compensate"));
		assertThat(TermsRow.of(List.of(rule)).get(1).conditions()).isEqualTo(
				"only for https://coop.example/; only non-commercial use; up to and including 1 January 2027, 00:00:00 UTC; "
						+ "credit the creator; pay the creator");
	}

}
