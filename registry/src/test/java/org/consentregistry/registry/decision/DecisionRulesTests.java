package org.consentregistry.registry.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.control.CurrentIdentifiers;
import org.consentregistry.registry.control.VerifiedControl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class DecisionRulesTests {

	static final String URL = "https://art.example/works/harbour.jpg";

	static final RecordId V1 = new RecordId("0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01");

	static final RecordId V2 = new RecordId("1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02");

	static final Instant T1 = Instant.parse("2026-03-01T00:00:00Z");

	static final Instant T2 = Instant.parse("2026-04-01T00:00:00Z");

	final EngineRecords engineRecords = mock(EngineRecords.class);

	final ConsentRecords records = mock(ConsentRecords.class);

	final VerifiedControl control = mock(VerifiedControl.class);

	final CurrentIdentifiers current = mock(CurrentIdentifiers.class);

	@Test
	void addsTheNewVersionAndEndsTheOneItReplaced() throws Exception {
		given(this.engineRecords.all()).willReturn(List.of(record(V1, Effect.PROHIBIT, null)));
		DecisionRules rules = new DecisionRules(this.engineRecords, this.records, this.control, this.current);
		given(this.engineRecords.one(V2)).willReturn(Optional.of(record(V2, Effect.PERMIT, null)));
		given(this.engineRecords.one(V1)).willReturn(Optional.of(record(V1, Effect.PROHIBIT, T2)));
		given(this.records.idOf(iri(V1))).willReturn(Optional.of(V1));
		rules.onRecorded(new ConsentRecorded(entry(V2, iri(V1))));
		assertThat(rules.decide(query(T1.plusSeconds(1))).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(T2.plusSeconds(1))).answer()).isEqualTo(Answer.UNKNOWN);
	}

	@Test
	void keepsTheCurrentIdentifiersForConflictsWithTheEngine() {
		ConsentRecord v1 = record(V1, Effect.PROHIBIT, null);
		given(this.engineRecords.all()).willReturn(List.of(v1));
		DecisionRules rules = new DecisionRules(this.engineRecords, this.records, this.control, this.current);
		then(this.current).should().load(List.of(v1));
		ConsentRecord ended = record(V1, Effect.PROHIBIT, T2);
		ConsentRecord v2 = record(V2, Effect.PERMIT, null);
		rules.onRecorded(new ConsentRecorded(entry(V2, iri(V1)), List.of(v2, ended)));
		then(this.current).should().update(v2);
		then(this.current).should().update(ended);
	}

	@Test
	void compilesAgainFromTheStoreWhenAnUpdateFails() throws Exception {
		given(this.engineRecords.all()).willReturn(List.of());
		DecisionRules rules = new DecisionRules(this.engineRecords, this.records, this.control, this.current);
		given(this.engineRecords.one(V1)).willThrow(new IllegalStateException("store hiccup"));
		given(this.engineRecords.all()).willReturn(List.of(record(V1, Effect.PROHIBIT, null)));
		rules.onRecorded(new ConsentRecorded(entry(V1, null)));
		assertThat(rules.decide(query(T1.plusSeconds(1))).answer()).isEqualTo(Answer.REFUSED);
	}

	private static Query query(Instant at) {
		return new Query(URL, Purpose.GENAI_TRAIN, null, null, at);
	}

	private static ConsentRecord record(RecordId id, Effect effect, Instant until) {
		Instant from = id.equals(V1) ? T1 : T2;
		return new ConsentRecord(iri(id), "did:key:z6Mk", List.of(new Identifier.ExactUrl(URL)),
				List.of(Rule.of(effect, Purpose.GENAI_TRAIN)), from, until, null, null);
	}

	private static RecordEntry entry(RecordId id, String replaces) {
		return new RecordEntry(id, iri(id), id.credentialId(), "ConsentCredential", "did:key:z6Mk", "urn:uuid:w",
				RecordStatus.CURRENT, T2, null, replaces, null, null, "application/vc", "00", 0L);
	}

	private static String iri(RecordId id) {
		return "https://registry.example/records/" + id.uuid();
	}

}
