package org.consentregistry.registry.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.consent.WorkDescription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search documents derive what the terms say per purpose from the compiled rules (with
 * the purpose hierarchy), and hold identifiers normalised as the decision engine does.
 */
class IndexedRecordMapperTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void refusingABroaderPurposeRefusesTheNarrowerOnes() {
		var effects = IndexedRecordMapper.effects(List.of(Rule.of(Effect.PROHIBIT, Purpose.TDM)));
		assertThat(effects).containsEntry(Purpose.TDM, PurposeEffect.REFUSED)
			.containsEntry(Purpose.AI_TRAIN, PurposeEffect.REFUSED)
			.containsEntry(Purpose.GENAI_TRAIN, PurposeEffect.REFUSED)
			.containsEntry(Purpose.AI_INPUT, PurposeEffect.UNSTATED)
			.containsEntry(Purpose.SEARCH, PurposeEffect.UNSTATED);
	}

	@Test
	void permissionsWithConditionsOrDutiesAreConditional() {
		Rule toOneCoop = new Rule(Effect.PERMIT, Purpose.AI_TRAIN, Set.of("https://coop.example/"), null, null,
				List.of());
		Rule withCredit = new Rule(Effect.PERMIT, Purpose.AI_INPUT, Set.of(), null, null, List.of("attribute"));
		var effects = IndexedRecordMapper.effects(List.of(Rule.of(Effect.PERMIT, Purpose.SEARCH), toOneCoop, withCredit,
				Rule.of(Effect.PROHIBIT, Purpose.GENAI_TRAIN)));
		assertThat(effects).containsEntry(Purpose.SEARCH, PurposeEffect.ALLOWED)
			.containsEntry(Purpose.AI_TRAIN, PurposeEffect.CONDITIONAL)
			.containsEntry(Purpose.AI_INPUT, PurposeEffect.CONDITIONAL)
			.containsEntry(Purpose.GENAI_TRAIN, PurposeEffect.REFUSED)
			.containsEntry(Purpose.TDM, PurposeEffect.UNSTATED);
	}

	@Test
	void aProhibitionWithAConditionBesideAPermissionIsConditional() {
		Rule commercialOnly = new Rule(Effect.PROHIBIT, Purpose.TDM, Set.of(), true, null, List.of());
		var effects = IndexedRecordMapper.effects(List.of(Rule.of(Effect.PERMIT, Purpose.TDM), commercialOnly));
		assertThat(effects).containsEntry(Purpose.TDM, PurposeEffect.CONDITIONAL);
	}

	@Test
	void normalisesIdentifiersAndLeavesOutThoseThatCannotBe() {
		WorkDescription work = new WorkDescription("urn:uuid:5d0f3a4e-7c21-4b8e-9f60-2a1b3c4d5e6f", "Harbour", "Ada",
				"image/jpeg",
				List.of(new Identifier.ExactUrl("HTTPS://Art.Example:443/a/../works/h.jpg"),
						new Identifier.UrlPrefix("https://art.example/works"),
						new Identifier.Domain("ART.example", true), new Identifier.Sha256("AB".repeat(32)),
						new Identifier.ExactUrl("ftp://art.example/x")),
				List.of(), JAN, null, "Boats at dusk");
		IndexedRecord record = IndexedRecordMapper.of(entry(), work, true);
		assertThat(record.exactUrls()).containsExactly("https://art.example/works/h.jpg");
		assertThat(record.urlPrefixes()).containsExactly("https://art.example/works");
		assertThat(record.domains()).containsExactly(new IndexedRecord.Domain("art.example", true));
		assertThat(record.sha256s()).containsExactly("ab".repeat(32));
		assertThat(record.description()).isEqualTo("Boats at dusk");
		assertThat(record.verifiedControl()).isTrue();
		assertThat(record.recordId()).isEqualTo("0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01");
	}

	private static RecordEntry entry() {
		return new RecordEntry(new RecordId("0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01"),
				"https://registry.example/records/0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01",
				"urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01", "ConsentCredential", "did:key:z6MkA",
				"urn:uuid:5d0f3a4e-7c21-4b8e-9f60-2a1b3c4d5e6f", RecordStatus.CURRENT, JAN, JAN, null, null, null,
				"application/vc", "00".repeat(32), 3L);
	}

}
