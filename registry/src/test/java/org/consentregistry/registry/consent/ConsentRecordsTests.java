package org.consentregistry.registry.consent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConsentRecordsTests {

	static final String V1 = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String V2 = "1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02";

	static final String V3 = "2d8a1a8c-5e77-4f3a-9c79-2e8f9f3d4a03";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	@TempDir
	Path dataDir;

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

	RegistryDataset dataset;

	RecordIris iris = new RecordIris(new RegistryProperties(URI.create("https://registry.example")));

	ConsentRecords records;

	@BeforeEach
	void open() {
		this.dataset = TestDatasets.open(this.dataDir);
		this.records = new ConsentRecords(this.dataset, this.iris, new TickingClock(this.now, Duration.ofMinutes(1)));
	}

	@AfterEach
	void close() {
		this.dataset.destroy();
	}

	@Test
	void recordsCredentialAsNamedGraphWithMetadata() {
		RecordEntry entry = record(consent(V1, StoredCredentials.ISSUER, JAN, null)).entry();
		assertThat(entry.record()).isEqualTo("https://registry.example/records/" + V1);
		assertThat(entry.status()).isEqualTo(RecordStatus.CURRENT);
		assertThat(entry.issuer()).isEqualTo(StoredCredentials.ISSUER);
		assertThat(entry.work()).isEqualTo(StoredCredentials.WORK);
		assertThat(entry.mediaType()).isEqualTo("application/vc");
		assertThat(entry.issued()).isEqualTo(JAN);
		assertThat(this.records.graph(entry.id())
			.orElseThrow()
			.isIsomorphicWith(StoredCredentials.graph(
					StoredCredentials.consentTurtle(V1, StoredCredentials.ISSUER, JAN, null, "generativeAiTraining"))))
			.isTrue();
	}

	@Test
	void readsOriginalBytesBackVerbatim() {
		String original = "{ \"odd\" : \"spacing\u00e9\\u00e9\",\n\t\"id\": \"urn:uuid:" + V1 + "\" }  \n";
		VerifiedCredential credential = StoredCredentials.verified(V1, StoredCredentials.ISSUER, JAN,
				turtle(V1, StoredCredentials.ISSUER, JAN, null), original);
		RecordEntry entry = record(credential).entry();
		assertThat(this.records.originalBytes(entry.id())).hasValue(original.getBytes(StandardCharsets.UTF_8));
		assertThat(this.records.originalBytes(entry)).hasValue(original.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsCredentialFromItsJournalEntryAsTheStoreHoldsIt() {
		String original = "{\"id\": \"urn:uuid:" + V2 + "\", \"journaled\": true}";
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		RecordEntry entry = record(StoredCredentials.verified(V2, StoredCredentials.ISSUER, FEB,
				turtle(V2, StoredCredentials.ISSUER, FEB, V1), original))
			.entry();
		JournaledCredential journaled = this.records.journaled(entry).orElseThrow();
		assertThat(journaled.graph().isIsomorphicWith(this.records.graph(entry.id()).orElseThrow())).isTrue();
		assertThat(journaled.graph().size()).isEqualTo(this.records.graph(entry.id()).orElseThrow().size());
		assertThat(journaled.original()).isEqualTo(original.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsNoCredentialFromAJournalEntryOfAnotherRecord() {
		RecordEntry v1 = record(consent(V1, StoredCredentials.ISSUER, JAN, null)).entry();
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		assertThat(this.records.journaled(withLogIndex(v1, 1L))).isEmpty();
		assertThat(this.records.journaled(withLogIndex(v1, 2L))).isEmpty();
		assertThat(this.records.journaled(withLogIndex(v1, null))).isEmpty();
		assertThat(this.records.journaled(v1)).isPresent();
	}

	@Test
	void answersExistingRecordWhenSameCredentialIsSubmittedAgain() {
		VerifiedCredential credential = consent(V1, StoredCredentials.ISSUER, JAN, null);
		RecordEntry first = record(credential).entry();
		ConsentRecords.Recorded again = record(credential);
		assertThat(again.created()).isFalse();
		assertThat(again.entry()).isEqualTo(first);
	}

	@Test
	void refusesSameCredentialIdWithDifferentContent() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		VerifiedCredential different = StoredCredentials.verified(V1, StoredCredentials.ISSUER, JAN,
				StoredCredentials.consentTurtle(V1, StoredCredentials.ISSUER, JAN, null, "aiTraining"), "{}");
		assertRefused(different, Problem.CONFLICTING_CREDENTIAL);
	}

	@Test
	void updateBySameIssuerSupersedesPreviousVersion() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		RecordEntry v2 = record(consent(V2, StoredCredentials.ISSUER, FEB, V1)).entry();
		RecordEntry v1 = this.records.find(new RecordId(V1)).orElseThrow();
		assertThat(v1.status()).isEqualTo(RecordStatus.SUPERSEDED);
		assertThat(v1.supersededBy()).isEqualTo(v2.record());
		assertThat(v1.supersededAt()).isEqualTo(v2.received());
		assertThat(v2.status()).isEqualTo(RecordStatus.CURRENT);
		assertThat(v2.replaces()).isEqualTo(v1.record());
	}

	@Test
	void refusesUpdateFromAnotherIssuer() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		assertRefused(consent(V2, StoredCredentials.OTHER_ISSUER, FEB, V1), Problem.ISSUER_MISMATCH);
		assertThat(this.records.find(new RecordId(V2))).isEmpty();
	}

	@Test
	void refusesUpdateOfSupersededVersion() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		assertRefused(consent(V3, StoredCredentials.ISSUER, FEB, V1), Problem.SUPERSEDED);
	}

	@Test
	void refusesReplayOfSupersededVersion() {
		VerifiedCredential v1 = consent(V1, StoredCredentials.ISSUER, JAN, null);
		record(v1);
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		assertRefused(v1, Problem.SUPERSEDED);
	}

	@Test
	void refusesUpdateIssuedBeforeTheVersionItReplaces() {
		record(consent(V1, StoredCredentials.ISSUER, FEB, null));
		assertRefused(consent(V2, StoredCredentials.ISSUER, JAN, V1), Problem.OUT_OF_ORDER_UPDATE);
	}

	@Test
	void refusesUpdateOfUnknownRecord() {
		assertRefused(consent(V2, StoredCredentials.ISSUER, FEB, V1), Problem.UNKNOWN_REPLACED_RECORD);
	}

	@Test
	void withdrawalMarksTheChainWithdrawn() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		RecordEntry withdrawal = record(withdrawal(V3, V2)).entry();
		assertThat(withdrawal.isWithdrawal()).isTrue();
		assertThat(this.records.history(new RecordId(V1))).extracting(RecordEntry::status)
			.containsExactly(RecordStatus.WITHDRAWN, RecordStatus.WITHDRAWN, RecordStatus.WITHDRAWN);
		assertRefused(consent("3e9b2b9d-6f88-4a4b-8d8a-3f9a0a4e5b04", StoredCredentials.ISSUER, FEB, V3),
				Problem.WITHDRAWN);
	}

	@Test
	void historyListsTheChainOldestFirstFromAnyVersion() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		record(consent(V3, StoredCredentials.ISSUER, FEB, V2));
		assertThat(this.records.history(new RecordId(V2))).extracting((entry) -> entry.id().uuid())
			.containsExactly(V1, V2, V3);
		assertThat(this.records.history(new RecordId("3e9b2b9d-6f88-4a4b-8d8a-3f9a0a4e5b04"))).isEmpty();
	}

	@Test
	void searchListsRecordsOfAnIssuerNewestFirstInPages() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		record(consent(V3, StoredCredentials.OTHER_ISSUER, FEB, null));
		RecordPage page = this.records.search(new RecordQuery(StoredCredentials.ISSUER, null, 1, 0));
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.records()).extracting((entry) -> entry.id().uuid()).containsExactly(V2);
		assertThat(this.records.search(new RecordQuery(StoredCredentials.ISSUER, null, 10, 1)).records())
			.extracting((entry) -> entry.id().uuid())
			.containsExactly(V1);
		assertThat(this.records.search(new RecordQuery(null, StoredCredentials.WORK, 10, 0)).total()).isEqualTo(3);
		assertThat(this.records.search(new RecordQuery(null, "urn:uuid:other", 10, 0)).total()).isZero();
	}

	@Test
	void writeThatFailsHalfwayLeavesNeitherGraphNorMetadata() {
		NewRecord added = StoredCredentials.newRecord(this.iris, consent(V1, StoredCredentials.ISSUER, JAN, null));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.dataset.write((ds) -> {
			ConsentRecords.writeGraph(ds.asDatasetGraph(), added);
			new RecordMetadata(ds.asDatasetGraph()).add(added, JAN, 0);
			throw new IllegalStateException("forced failure after the graph and metadata writes");
		}));
		assertThat(this.records.find(added.id())).isEmpty();
		boolean graphExists = this.dataset.read((ds) -> ds.asDatasetGraph().containsGraph(added.iri()));
		assertThat(graphExists).isFalse();
		boolean metadataEmpty = this.dataset
			.read((ds) -> ds.asDatasetGraph().getGraph(RecordMetadata.REGISTRY).isEmpty());
		assertThat(metadataEmpty).isTrue();
	}

	@Test
	void recordsSurviveClosingAndReopeningTheDataset() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		this.dataset.destroy();
		this.dataset = TestDatasets.open(this.dataDir);
		this.records = new ConsentRecords(this.dataset, this.iris, new TickingClock(this.now, Duration.ofMinutes(1)));
		assertThat(this.records.history(new RecordId(V2))).extracting(RecordEntry::status)
			.containsExactly(RecordStatus.SUPERSEDED, RecordStatus.CURRENT);
		assertThat(this.records.graph(new RecordId(V1))).isPresent();
	}

	/** The entry as a store from before the journal might hold it: another log index. */
	private static RecordEntry withLogIndex(RecordEntry entry, @Nullable Long logIndex) {
		return new RecordEntry(entry.id(), entry.record(), entry.credential(), entry.kind(), entry.issuer(),
				entry.work(), entry.status(), entry.received(), entry.issued(), entry.replaces(), entry.supersededBy(),
				entry.supersededAt(), entry.mediaType(), entry.sha256(), logIndex);
	}

	private ConsentRecords.Recorded record(VerifiedCredential credential) {
		return this.records.record(StoredCredentials.newRecord(this.iris, credential));
	}

	private void assertRefused(VerifiedCredential credential, Problem problem) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> record(credential))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

	private static String turtle(String uuid, String issuer, Instant validFrom, String replaces) {
		return StoredCredentials.consentTurtle(uuid, issuer, validFrom, replaces, "generativeAiTraining");
	}

	private static VerifiedCredential consent(String uuid, String issuer, Instant validFrom, String replaces) {
		String turtle = turtle(uuid, issuer, validFrom, replaces);
		return StoredCredentials.verified(uuid, issuer, validFrom, turtle, "{\"id\":\"urn:uuid:" + uuid + "\"}");
	}

	private static VerifiedCredential withdrawal(String uuid, String replaces) {
		String turtle = StoredCredentials.withdrawalTurtle(uuid, StoredCredentials.ISSUER, FEB, replaces);
		return StoredCredentials.verified(uuid, StoredCredentials.ISSUER, FEB, turtle, "{\"withdraw\":true}");
	}

}
