package org.consentregistry.registry.consent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Received times strictly increase in log order, whatever the clock does, so a log size
 * names a point in time; records read as of such a point.
 */
class PointInTimeRecordsTests {

	static final String V1 = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String V2 = "1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02";

	static final String W = "2d8a1a8c-5e77-4f3a-9c79-2e8f9f3d4a03";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

	@TempDir
	Path dataDir;

	RecordIris iris = new RecordIris(new RegistryProperties(URI.create("https://registry.example")));

	@Nullable RegistryDataset dataset;

	@AfterEach
	void close() {
		if (this.dataset != null) {
			this.dataset.destroy();
		}
	}

	@Test
	void receivedTimesStrictlyIncreaseWhenTheClockStandsStill() {
		ConsentRecords records = open(NOON);
		List<Instant> received = recordChain(records);
		assertThat(received).containsExactly(NOON, NOON.plus(1, ChronoUnit.MICROS), NOON.plus(2, ChronoUnit.MICROS));
	}

	@Test
	void receivedTimesKeepIncreasingAfterARestartWithAClockThatWentBack() {
		ConsentRecords records = open(NOON);
		record(records, consent(V1, null));
		this.dataset.destroy();
		records = open(NOON.minusSeconds(3600));
		Instant second = record(records, consent(V2, V1)).received();
		assertThat(second).isEqualTo(NOON.plus(1, ChronoUnit.MICROS));
	}

	@Test
	void logSizeStandsForTheReceivedTimeOfItsLastEntry() {
		ConsentRecords records = open(NOON);
		List<Instant> received = recordChain(records);
		LogPoints points = new LogPoints(this.dataset, Clock.fixed(NOON.plusSeconds(60), ZoneOffset.UTC));
		assertThat(points.atSize(0)).isEqualTo(new AsOf(NOON.minusNanos(1), 0));
		for (int size = 1; size <= 3; size++) {
			assertThat(points.atSize(size)).isEqualTo(new AsOf(received.get(size - 1), size));
			assertThat(points.atInstant(received.get(size - 1))).isEqualTo(new AsOf(received.get(size - 1), size));
			assertThat(points.atInstant(received.get(size - 1).minusNanos(1)).logSize()).isEqualTo(size - 1);
		}
		assertThat(points.now()).isEqualTo(new AsOf(NOON.plusSeconds(60), 3));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> points.atSize(4))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.LOG_SIZE_BEYOND_LOG));
	}

	@Test
	void historyAndListingAsOfEachLogSizeShowTheChainAsItStoodThen() {
		ConsentRecords records = open(NOON);
		recordChain(records);
		LogPoints points = new LogPoints(this.dataset, Clock.systemUTC());
		assertThat(records.history(new RecordId(V1), points.atSize(0))).isEmpty();
		assertThat(statuses(records.history(new RecordId(V1), points.atSize(1)))).containsExactly("current");
		assertThat(statuses(records.history(new RecordId(V1), points.atSize(2)))).containsExactly("superseded",
				"current");
		assertThat(statuses(records.history(new RecordId(V1), points.atSize(3)))).containsExactly("withdrawn",
				"withdrawn", "withdrawn");
		RecordQuery byIssuer = new RecordQuery(StoredCredentials.ISSUER, null, 10, 0);
		assertThat(records.search(byIssuer, points.atSize(0)).total()).isZero();
		RecordPage two = records.search(byIssuer, points.atSize(2));
		assertThat(two.total()).isEqualTo(2);
		assertThat(two.records()).extracting((entry) -> entry.id().uuid()).containsExactly(V2, V1);
		assertThat(statuses(two.records())).containsExactly("current", "superseded");
		RecordEntry v1 = records.find(new RecordId(V1)).orElseThrow();
		assertThat(records.asOf(v1, points.atSize(0))).isEmpty();
		assertThat(records.asOf(v1, points.atSize(2))).map(RecordEntry::supersededBy)
			.hasValue("https://registry.example/records/" + V2);
		assertThat(records.asOf(v1, points.atSize(1))).map(RecordEntry::supersededBy).isEmpty();
	}

	private static List<String> statuses(List<RecordEntry> entries) {
		return entries.stream().map((entry) -> entry.status().token()).toList();
	}

	private ConsentRecords open(Instant now) {
		this.dataset = TestDatasets.open(this.dataDir);
		return new ConsentRecords(this.dataset, this.iris, Clock.fixed(now, ZoneOffset.UTC));
	}

	private List<Instant> recordChain(ConsentRecords records) {
		return List.of(record(records, consent(V1, null)).received(), record(records, consent(V2, V1)).received(),
				record(records, withdrawal(W, V2)).received());
	}

	private RecordEntry record(ConsentRecords records, VerifiedCredential credential) {
		return records.record(StoredCredentials.newRecord(this.iris, credential)).entry();
	}

	private static VerifiedCredential consent(String uuid, @Nullable String replaces) {
		String turtle = StoredCredentials.consentTurtle(uuid, StoredCredentials.ISSUER, JAN, replaces,
				"generativeAiTraining");
		return StoredCredentials.verified(uuid, StoredCredentials.ISSUER, JAN, turtle,
				"{\"id\":\"urn:uuid:" + uuid + "\"}");
	}

	private static VerifiedCredential withdrawal(String uuid, String replaces) {
		String turtle = StoredCredentials.withdrawalTurtle(uuid, StoredCredentials.ISSUER, JAN, replaces);
		return StoredCredentials.verified(uuid, StoredCredentials.ISSUER, JAN, turtle, "{\"withdraw\":true}");
	}

}
