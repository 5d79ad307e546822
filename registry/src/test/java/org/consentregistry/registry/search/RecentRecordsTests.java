package org.consentregistry.registry.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which journal entries the indexer takes from memory and which it reads from the store.
 */
class RecentRecordsTests {

	private static final Duration NEVER = Duration.ofDays(1);

	private final Graph graph = GraphFactory.createDefaultGraph();

	@Test
	void takesTheRunOfNewRecordsKeptInMemory() {
		RecentRecords recent = new RecentRecords(10, 100, NEVER);
		recent.add(recorded(10, null, "ConsentCredential", this.graph));
		recent.add(recorded(11, null, "ConsentCredential", this.graph));
		recent.add(recorded(13, null, "ConsentCredential", this.graph));
		RecentRecords.Next next = recent.next(10, 14);
		assertThat(next.end()).isEqualTo(12);
		assertThat(next.kept()).extracting((event) -> event.entry().logIndex()).containsExactly(10L, 11L);
	}

	@Test
	void readsEntriesFromBeforeStartupFromTheStoreAtOnce() {
		RecentRecords recent = new RecentRecords(10, 100, NEVER);
		recent.add(recorded(10, null, "ConsentCredential", this.graph));
		RecentRecords.Next next = recent.next(7, 12);
		assertThat(next.kept()).isEmpty();
		assertThat(next.end()).isEqualTo(10);
	}

	@Test
	void readsUpdatesWithdrawalsAndRecordsWithoutGraphFromTheStoreAtOnce() {
		RecentRecords recent = new RecentRecords(0, 100, NEVER);
		recent.add(recorded(0, "https://registry.example/records/old", "ConsentCredential", this.graph));
		recent.add(recorded(1, "https://registry.example/records/old", "ConsentWithdrawal", this.graph));
		recent.add(recorded(2, null, "ConsentCredential", null));
		recent.add(recorded(3, null, "ConsentCredential", this.graph));
		RecentRecords.Next next = recent.next(0, 4);
		assertThat(next.kept()).isEmpty();
		assertThat(next.end()).isEqualTo(3);
		assertThat(recent.next(3, 4).kept()).hasSize(1);
	}

	@Test
	void waitsForAMissingEventUntilTheGraceIsOver() {
		RecentRecords waiting = new RecentRecords(0, 100, NEVER);
		waiting.add(recorded(1, null, "ConsentCredential", this.graph));
		assertThat(waiting.next(0, 2).end()).isZero();
		RecentRecords impatient = new RecentRecords(0, 100, Duration.ZERO);
		impatient.add(recorded(1, null, "ConsentCredential", this.graph));
		RecentRecords.Next next = impatient.next(0, 2);
		assertThat(next.kept()).isEmpty();
		assertThat(next.end()).isEqualTo(1);
	}

	@Test
	void dropsTheOldestBeyondItsCapacityAndReadsThemFromTheStore() {
		RecentRecords recent = new RecentRecords(0, 4, NEVER);
		for (long index = 0; index < 8; index++) {
			recent.add(recorded(index, null, "ConsentCredential", this.graph));
		}
		RecentRecords.Next dropped = recent.next(0, 8);
		assertThat(dropped.kept()).isEmpty();
		assertThat(dropped.end()).isEqualTo(4);
		RecentRecords.Next kept = recent.next(4, 8);
		assertThat(kept.kept()).hasSize(4);
		assertThat(kept.end()).isEqualTo(8);
	}

	private static ConsentRecorded recorded(long index, @Nullable String replaces, String kind, @Nullable Graph graph) {
		String id = String.format("00000000-0000-4000-8000-%012d", index);
		RecordEntry entry = new RecordEntry(RecordId.parse(id).orElseThrow(), "https://registry.example/records/" + id,
				"urn:uuid:" + id, kind, "did:key:z6MkTest", "urn:uuid:work", RecordStatus.CURRENT,
				Instant.parse("2026-01-01T00:00:00Z"), null, replaces, null, null, "application/vc", "00", index);
		return new ConsentRecorded(entry, List.of(), graph);
	}

}
