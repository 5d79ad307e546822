package org.consentregistry.blocker.policy;

import java.util.List;

import org.consentregistry.blocker.url.UrlFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentregistry.blocker.policy.Fixtures.ADA;
import static org.consentregistry.blocker.policy.Fixtures.COOP;
import static org.consentregistry.blocker.policy.Fixtures.FEB;
import static org.consentregistry.blocker.policy.Fixtures.domain;
import static org.consentregistry.blocker.policy.Fixtures.forRecipients;
import static org.consentregistry.blocker.policy.Fixtures.permit;
import static org.consentregistry.blocker.policy.Fixtures.prohibit;
import static org.consentregistry.blocker.policy.Fixtures.record;
import static org.consentregistry.blocker.policy.Fixtures.url;

/** The examples of docs/decisions.md ("Examples"), so the documentation cannot drift. */
class DocumentedExamplesTests {

	private static final ConsentRules RULES = ConsentRules
		.compile(List
			.of(record("r1", List.of(domain("art.example", true)), prohibit(Purpose.GENAI_TRAIN), permit(Purpose.TDM)),
					record("r2", List.of(url("https://art.example/works/harbour.jpg")),
							forRecipients(permit(Purpose.AI_TRAIN), COOP))),
				(issuer, identifier) -> issuer.equals(ADA));

	@ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					HTTPS://Art.Example/works/harbour.jpg | genai-train | -                     | REFUSED | refusal-wins        | r1 r1
					https://art.example/works/harbour.jpg | ai-train    | https://coop.example/ | ALLOWED | verified-permission | r2 r1
					https://shop.art.example/x            | search      | -                     | UNKNOWN | no-applicable-rule  | -
					https://other.example/                | tdm         | -                     | UNKNOWN | no-matching-record  | -
					""")
	void documentedExampleHolds(String identifier, String purpose, String recipient, Answer answer, String decidedBy,
			String evidence) throws UrlFormatException {
		Query query = new Query(identifier, Purpose.of(purpose).orElseThrow(), recipient, null, FEB);
		Decision decision = RULES.decide(query);
		assertThat(decision.answer()).isEqualTo(answer);
		assertThat(decision.decidedBy()).isEqualTo(decidedBy);
		assertThat(decision.evidence()).extracting(Evidence::recordId)
			.containsExactly((evidence != null) ? evidence.split(" ") : new String[0]);
	}

}
