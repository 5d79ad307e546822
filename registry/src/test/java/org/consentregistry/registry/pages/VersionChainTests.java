package org.consentregistry.registry.pages;

import java.time.Instant;
import java.util.List;

import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionChainTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	final RecordEntry v1 = version(1, null, 2, RecordStatus.SUPERSEDED, "did:key:z6MkA");

	final RecordEntry v2 = version(2, 1, 3, RecordStatus.SUPERSEDED, "did:key:z6MkA");

	final RecordEntry v3 = version(3, 2, null, RecordStatus.CURRENT, "did:key:z6MkA");

	final RecordEntry other = version(4, null, null, RecordStatus.CURRENT, "did:key:z6MkB");

	@Test
	void takesTheHeadsWholeChainFromTheWorksVersionsOldestFirst() {
		assertThat(VersionChain.of(this.v3, List.of(this.v1, this.other, this.v2, this.v3)))
			.hasValue(List.of(this.v1, this.v2, this.v3));
		assertThat(VersionChain.of(this.other, List.of(this.v1, this.other, this.v2, this.v3)))
			.hasValue(List.of(this.other));
	}

	@Test
	void leavesTheStoreToAnswerWhenTheVersionsDoNotHoldAWholeChain() {
		assertThat(VersionChain.of(this.v3, List.of(this.v1, this.v3))).isEmpty();
		assertThat(VersionChain.of(this.v2, List.of(this.v1, this.v2, this.v3))).isEmpty();
		RecordEntry unlinked = version(2, 1, null, RecordStatus.SUPERSEDED, "did:key:z6MkA");
		assertThat(VersionChain.of(this.v3, List.of(this.v1, unlinked, this.v3))).isEmpty();
	}

	private static RecordEntry version(int n, @Nullable Integer replaces, @Nullable Integer supersededBy,
			RecordStatus status, String issuer) {
		String uuid = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f0" + n;
		return new RecordEntry(new RecordId(uuid), iri(n), "urn:uuid:" + uuid, "ConsentCredential", issuer,
				"urn:uuid:5d0f0000-0000-4000-8000-000000000001", status, JAN.plusSeconds(n), JAN,
				(replaces != null) ? iri(replaces) : null, (supersededBy != null) ? iri(supersededBy) : null, null,
				"application/vc", "ab".repeat(32), (long) n);
	}

	private static String iri(int n) {
		return "https://registry.example/records/0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f0" + n;
	}

}
