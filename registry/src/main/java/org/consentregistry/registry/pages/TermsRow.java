package org.consentregistry.registry.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;

/**
 * One row of a work page's terms: what the record says about one purpose, in plain words.
 *
 * @param purpose the purpose token, e.g. {@code ai-train}
 * @param label a plain-words name of the purpose
 * @param verdict {@code Allowed}, {@code Refused} or {@code Not stated}
 * @param conditions the conditions and duties, in plain words (may be empty)
 */
record TermsRow(String purpose, String label, String verdict, String conditions) {

	static List<TermsRow> of(List<Rule> rules) {
		return Arrays.stream(Purpose.values()).map((purpose) -> row(purpose, rules)).toList();
	}

	private static TermsRow row(Purpose purpose, List<Rule> rules) {
		Optional<Rule> refusal = applying(purpose, rules, Effect.PROHIBIT);
		Optional<Rule> permission = applying(purpose, rules, Effect.PERMIT);
		String label = label(purpose);
		if (refusal.isPresent()) {
			return new TermsRow(purpose.token(), label, "Refused", conditions(refusal.get()));
		}
		return permission.map((rule) -> new TermsRow(purpose.token(), label, "Allowed", conditions(rule)))
			.orElseGet(() -> new TermsRow(purpose.token(), label, "Not stated", ""));
	}

	private static Optional<Rule> applying(Purpose purpose, List<Rule> rules, Effect effect) {
		return rules.stream().filter((rule) -> rule.effect() == effect && rule.purpose().covers(purpose)).findFirst();
	}

	private static String conditions(Rule rule) {
		List<String> parts = new ArrayList<>();
		if (!rule.recipients().isEmpty()) {
			parts.add("only for " + String.join(", ", rule.recipients().stream().sorted().toList()));
		}
		if (rule.commercial() != null) {
			parts.add(rule.commercial() ? "only commercial use" : "only non-commercial use");
		}
		Instant until = rule.until();
		if (until != null) {
			boolean inclusive = until.getNano() % 1_000_000 == 1;
			parts.add(inclusive ? "up to and including " + ReadableTimes.text(until.minusNanos(1))
					: "before " + ReadableTimes.text(until));
		}
		rule.duties().forEach((duty) -> parts.add(switch (duty) {
			case "attribute" -> "credit the creator";
			case "compensate" -> "pay the creator";
			default -> duty;
		}));
		return String.join("; ", parts);
	}

	static String label(Purpose purpose) {
		return switch (purpose) {
			case TDM -> "Text and data mining";
			case AI_TRAIN -> "AI training";
			case GENAI_TRAIN -> "Generative AI training";
			case AI_INPUT -> "Use as AI input";
			case SEARCH -> "Search indexing";
		};
	}

}
