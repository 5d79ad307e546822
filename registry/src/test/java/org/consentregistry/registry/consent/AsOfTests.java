package org.consentregistry.registry.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's status at a point in time, from its entry as it stands now: the chain v1 ->
 * v2 -> withdrawal, received at T1, T2 and T3.
 */
class AsOfTests {

	static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");

	static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");

	static final Instant T3 = Instant.parse("2026-03-03T10:00:00Z");

	static final String V2 = "https://registry.example/records/1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02";

	static final String W = "https://registry.example/records/2d8a1a8c-5e77-4f3a-9c79-2e8f9f3d4a03";

	final RecordEntry v1 = entry("0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01", T1, RecordStatus.WITHDRAWN, V2, T2, 0);

	final RecordEntry v2 = entry("1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02", T2, RecordStatus.WITHDRAWN, W, T3, 1);

	final RecordEntry withdrawal = entry("2d8a1a8c-5e77-4f3a-9c79-2e8f9f3d4a03", T3, RecordStatus.WITHDRAWN, null, null,
			2);

	@Test
	void recordReceivedAfterThePointIsNotPartOfIt() {
		assertThat(at(T1.minusNanos(1)).view(this.v1, T3)).isEmpty();
		assertThat(at(T2.minusNanos(1)).view(this.v2, T3)).isEmpty();
		assertThat(at(T2).view(this.withdrawal, T3)).isEmpty();
	}

	@Test
	void versionIsCurrentFromItsReceiptUntilTheNextVersionIsReceived() {
		assertThat(at(T1).view(this.v1, T3)).hasValueSatisfying((then) -> {
			assertThat(then.status()).isEqualTo(RecordStatus.CURRENT);
			assertThat(then.supersededBy()).isNull();
			assertThat(then.supersededAt()).isNull();
		});
		assertThat(at(T2.minusNanos(1)).view(this.v1, T3)).map(RecordEntry::status).hasValue(RecordStatus.CURRENT);
	}

	@Test
	void versionIsSupersededOnceTheNextVersionIsReceivedAndNamesIt() {
		assertThat(at(T2).view(this.v1, T3)).hasValueSatisfying((then) -> {
			assertThat(then.status()).isEqualTo(RecordStatus.SUPERSEDED);
			assertThat(then.supersededBy()).isEqualTo(V2);
			assertThat(then.supersededAt()).isEqualTo(T2);
		});
		assertThat(at(T3.minusNanos(1)).view(this.v2, T3)).map(RecordEntry::status).hasValue(RecordStatus.CURRENT);
	}

	@Test
	void chainIsWithdrawnOnlyFromTheWithdrawalsReceipt() {
		assertThat(at(T3.minusNanos(1)).view(this.v1, T3)).map(RecordEntry::status).hasValue(RecordStatus.SUPERSEDED);
		assertThat(at(T3).view(this.v1, T3)).map(RecordEntry::status).hasValue(RecordStatus.WITHDRAWN);
		assertThat(at(T3).view(this.v2, T3)).hasValueSatisfying((then) -> {
			assertThat(then.status()).isEqualTo(RecordStatus.WITHDRAWN);
			assertThat(then.supersededBy()).isEqualTo(W);
		});
		assertThat(at(T3).view(this.withdrawal, T3)).map(RecordEntry::status).hasValue(RecordStatus.WITHDRAWN);
	}

	@Test
	void viewAtTheLatestPointIsTheEntryAsItStandsNow() {
		AsOf now = at(T3.plusSeconds(60));
		assertThat(now.view(this.v1, T3)).hasValue(this.v1);
		assertThat(now.view(this.v2, T3)).hasValue(this.v2);
		assertThat(now.view(this.withdrawal, T3)).hasValue(this.withdrawal);
	}

	private static AsOf at(Instant at) {
		return new AsOf(at, 0);
	}

	private static RecordEntry entry(String uuid, Instant received, RecordStatus status, @Nullable String supersededBy,
			@Nullable Instant supersededAt, long logIndex) {
		return new RecordEntry(new RecordId(uuid), "https://registry.example/records/" + uuid, "urn:uuid:" + uuid,
				"ConsentCredential", StoredCredentials.ISSUER, StoredCredentials.WORK, status, received, received, null,
				supersededBy, supersededAt, "application/vc", "00".repeat(32), logIndex);
	}

}
