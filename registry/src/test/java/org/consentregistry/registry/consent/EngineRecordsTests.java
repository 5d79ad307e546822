package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Identifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records as they stood at a point: what the bulk check and snapshots compile for a
 * checkpoint.
 */
class EngineRecordsTests {

	static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");

	static final Instant T2 = T1.plusSeconds(1);

	static final Instant T3 = T1.plusSeconds(2);

	@Test
	void keepsRecordsReceivedByThePointAndLeavesLaterReplacementsOut() {
		ConsentRecord first = record("v1", T1, T2);
		ConsentRecord second = record("v2", T2, T3);
		ConsentRecord third = record("v3", T3, null);
		List<ConsentRecord> all = List.of(first, second, third);

		List<ConsentRecord> atT2 = EngineRecords.asOf(all, new AsOf(T2, 2));

		assertThat(atT2).extracting(ConsentRecord::recordId).containsExactly("v1", "v2");
		assertThat(atT2.get(0)).isEqualTo(first);
		assertThat(atT2.get(1).effectiveUntil()).as("replaced only after the point: still current then").isNull();
		assertThat(atT2.get(1).identifiers()).isEqualTo(second.identifiers());
		assertThat(EngineRecords.asOf(all, new AsOf(T3, 3))).containsExactly(first, second, third);
		assertThat(EngineRecords.asOf(all, new AsOf(T1.minusNanos(1), 0))).isEmpty();
	}

	private static ConsentRecord record(String id, Instant from, Instant until) {
		return new ConsentRecord(id, "did:key:z6MkExample", List.of(new Identifier.ExactUrl("https://art.example/a")),
				List.of(), from, until, null, null);
	}

}
