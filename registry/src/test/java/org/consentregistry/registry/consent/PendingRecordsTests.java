package org.consentregistry.registry.consent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The update rules treat a record that is journaled but not applied to the store yet
 * exactly as an applied one. Each test holds the store's applier (a plain write that
 * waits), so that the records it submits are answered from the journal and the
 * {@link PendingRecords} overlay only, then lets the store apply them and checks that it
 * holds what the submissions were answered.
 */
class PendingRecordsTests {

	static final String V1 = ConsentRecordsTests.V1;

	static final String V2 = ConsentRecordsTests.V2;

	static final String V3 = ConsentRecordsTests.V3;

	static final String V4 = "3e9b2b9d-6f88-4a4b-8d8a-3f9a0a4e5b04";

	static final Instant JAN = ConsentRecordsTests.JAN;

	static final Instant FEB = ConsentRecordsTests.FEB;

	@TempDir
	Path dataDir;

	RegistryDataset dataset;

	RecordIris iris = new RecordIris(new RegistryProperties(URI.create("https://registry.example")));

	ConsentRecords records;

	final ExecutorService background = Executors.newSingleThreadExecutor();

	final CountDownLatch release = new CountDownLatch(1);

	Future<?> holding;

	@BeforeEach
	void open() {
		this.dataset = TestDatasets.open(this.dataDir);
		this.records = new ConsentRecords(this.dataset, this.iris,
				Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
	}

	@AfterEach
	void close() throws InterruptedException {
		this.release.countDown();
		this.background.shutdownNow();
		this.background.awaitTermination(10, TimeUnit.SECONDS);
		this.dataset.destroy();
	}

	@Test
	void sameCredentialAgainBeforeItIsAppliedAnswersTheRecordUnchanged() throws Exception {
		holdApplier();
		VerifiedCredential credential = consent(V1, StoredCredentials.ISSUER, JAN, null);
		RecordEntry first = record(credential).entry();
		ConsentRecords.Recorded again = record(credential);
		assertNotApplied();
		assertThat(again.created()).isFalse();
		assertThat(again.entry()).isEqualTo(first);
		assertRefused(
				StoredCredentials.verified(V1, StoredCredentials.ISSUER, JAN,
						StoredCredentials.consentTurtle(V1, StoredCredentials.ISSUER, JAN, null, "aiTraining"), "{}"),
				Problem.CONFLICTING_CREDENTIAL);
		releaseApplier();
		assertThat(this.records.find(first.id())).hasValue(first);
		assertThat(this.dataset.journalSize()).isEqualTo(1);
	}

	@Test
	void updateOfARecordNotAppliedYetSupersedesItAsInTheStore() throws Exception {
		holdApplier();
		RecordEntry v1 = record(consent(V1, StoredCredentials.ISSUER, JAN, null)).entry();
		ConsentRecords.Recorded v2 = record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		assertNotApplied();
		assertThat(v2.entry().replaces()).isEqualTo(v1.record());
		assertThat(v2.engineVersions()).extracting(ConsentRecord::recordId)
			.containsExactly(v2.entry().record(), v1.record());
		assertThat(v2.engineVersions().get(1).effectiveUntil()).isEqualTo(v2.entry().received());
		releaseApplier();
		RecordEntry storedV1 = this.records.find(new RecordId(V1)).orElseThrow();
		assertThat(storedV1.status()).isEqualTo(RecordStatus.SUPERSEDED);
		assertThat(storedV1.supersededBy()).isEqualTo(v2.entry().record());
		assertThat(storedV1.supersededAt()).isEqualTo(v2.entry().received());
		assertThat(this.records.find(new RecordId(V2))).hasValue(v2.entry());
	}

	@Test
	void updatesBreakingARuleAgainstRecordsNotAppliedYetAreRefusedAsInTheStore() throws Exception {
		holdApplier();
		VerifiedCredential v1 = consent(V1, StoredCredentials.ISSUER, FEB, null);
		record(v1);
		assertRefused(consent(V2, StoredCredentials.OTHER_ISSUER, FEB, V1), Problem.ISSUER_MISMATCH);
		assertRefused(consent(V2, StoredCredentials.ISSUER, JAN, V1), Problem.OUT_OF_ORDER_UPDATE);
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		assertRefused(consent(V3, StoredCredentials.ISSUER, FEB, V1), Problem.SUPERSEDED);
		assertRefused(v1, Problem.SUPERSEDED);
		assertRefused(consent(V3, StoredCredentials.ISSUER, FEB, V4), Problem.UNKNOWN_REPLACED_RECORD);
		assertNotApplied();
		releaseApplier();
		assertThat(this.dataset.journalSize()).isEqualTo(2);
		assertThat(this.records.history(new RecordId(V1))).extracting(RecordEntry::status)
			.containsExactly(RecordStatus.SUPERSEDED, RecordStatus.CURRENT);
	}

	@Test
	void withdrawalOfAChainPartlyNotAppliedWithdrawsEveryVersionAsInTheStore() throws Exception {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		this.records.find(new RecordId(V1)).orElseThrow();
		holdApplier();
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		RecordEntry withdrawal = record(withdrawal(V3, V2)).entry();
		assertNotApplied();
		assertThat(withdrawal.status()).isEqualTo(RecordStatus.WITHDRAWN);
		assertRefused(consent(V4, StoredCredentials.ISSUER, FEB, V3), Problem.WITHDRAWN);
		assertRefused(consent(V4, StoredCredentials.ISSUER, FEB, V1), Problem.WITHDRAWN);
		releaseApplier();
		List<RecordEntry> history = this.records.history(new RecordId(V1));
		assertThat(history).extracting(RecordEntry::status)
			.containsExactly(RecordStatus.WITHDRAWN, RecordStatus.WITHDRAWN, RecordStatus.WITHDRAWN);
		assertThat(history.get(2)).isEqualTo(withdrawal);
		assertRefused(consent(V4, StoredCredentials.ISSUER, FEB, V3), Problem.WITHDRAWN);
	}

	private ConsentRecords.Recorded record(VerifiedCredential credential) {
		return this.records.record(StoredCredentials.newRecord(this.iris, credential));
	}

	private void assertRefused(VerifiedCredential credential, Problem problem) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> record(credential))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

	private void assertNotApplied() {
		assertThat(this.dataset.appliedSize()).isLessThan(this.dataset.journalSize());
	}

	/** Keeps the applier busy in a plain write until {@link #releaseApplier()}. */
	private void holdApplier() throws InterruptedException {
		CountDownLatch held = new CountDownLatch(1);
		this.holding = this.background.submit(() -> this.dataset.write((ds) -> {
			held.countDown();
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
	}

	private void releaseApplier() throws Exception {
		this.release.countDown();
		this.holding.get(30, TimeUnit.SECONDS);
	}

	private static VerifiedCredential consent(String uuid, String issuer, Instant validFrom, String replaces) {
		String turtle = StoredCredentials.consentTurtle(uuid, issuer, validFrom, replaces, "generativeAiTraining");
		return StoredCredentials.verified(uuid, issuer, validFrom, turtle, "{\"id\":\"urn:uuid:" + uuid + "\"}");
	}

	private static VerifiedCredential withdrawal(String uuid, String replaces) {
		String turtle = StoredCredentials.withdrawalTurtle(uuid, StoredCredentials.ISSUER, FEB, replaces);
		return StoredCredentials.verified(uuid, StoredCredentials.ISSUER, FEB, turtle, "{\"withdraw\":true}");
	}

}
