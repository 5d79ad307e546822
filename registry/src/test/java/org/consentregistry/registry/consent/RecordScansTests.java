package org.consentregistry.registry.consent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan of every record (one pass over the store's index in node-id space, see
 * {@link StoreScan}) reads what the scans by issuer read through the dataset's own API.
 */
class RecordScansTests {

	static final String V1 = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String V2 = "1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02";

	static final String V3 = "2d8a1a8c-5e77-4f3a-9c79-2e8f9f3d4a03";

	static final String V4 = "3e9b2b9d-6f88-4a4b-8d8a-3f9a0a4e5b04";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	@TempDir
	Path dataDir;

	RegistryDataset dataset;

	RecordIris iris = new RecordIris(new RegistryProperties(URI.create("https://registry.example")));

	ConsentRecords records;

	RecordScans scans;

	@BeforeEach
	void open() {
		this.dataset = TestDatasets.open(this.dataDir);
		this.records = new ConsentRecords(this.dataset, this.iris, Clock.fixed(JAN, ZoneOffset.UTC));
		this.scans = new RecordScans(this.dataset, this.iris);
	}

	@AfterEach
	void close() {
		this.dataset.destroy();
	}

	@Test
	void scanOfEveryRecordReadsWhatTheScansByIssuerRead() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		record(StoredCredentials.verified(V3, StoredCredentials.ISSUER, FEB,
				StoredCredentials.withdrawalTurtle(V3, StoredCredentials.ISSUER, FEB, V2), "{\"withdraw\":true}"));
		record(consent(V4, StoredCredentials.OTHER_ISSUER, JAN, null));

		Map<RecordEntry, WorkDescription> all = new HashMap<>();
		this.scans.forEach(null, all::put);
		Map<RecordEntry, WorkDescription> byIssuer = new HashMap<>();
		this.scans.forEach(StoredCredentials.ISSUER, byIssuer::put);
		this.scans.forEach(StoredCredentials.OTHER_ISSUER, byIssuer::put);

		boolean inNodeIdSpace = this.dataset.read((ds) -> StoreScan.of(ds.asDatasetGraph()).isPresent());
		assertThat(inNodeIdSpace).isTrue();
		assertThat(all).hasSize(4).isEqualTo(byIssuer);
		assertThat(all.keySet()).extracting(RecordEntry::status)
			.containsExactlyInAnyOrder(RecordStatus.WITHDRAWN, RecordStatus.WITHDRAWN, RecordStatus.WITHDRAWN,
					RecordStatus.CURRENT);
		assertThat(all.keySet()).filteredOn(RecordEntry::isWithdrawal).hasSize(1);
		assertThat(all.keySet()).filteredOn((entry) -> entry.supersededBy() != null)
			.allSatisfy((entry) -> assertThat(entry.supersededAt()).isNotNull())
			.hasSize(2);
		assertThat(all.values()).filteredOn((work) -> !work.identifiers().isEmpty()).hasSize(3);
	}

	@Test
	void scanOfAnEmptyStoreVisitsNothing() {
		Map<RecordEntry, WorkDescription> all = new HashMap<>();
		this.scans.forEach(null, all::put);
		assertThat(all).isEmpty();
	}

	@Test
	void nodeFileDecodesEveryNodeAsTheNodeTableDoes() {
		record(consent(V1, StoredCredentials.ISSUER, JAN, null));
		record(consent(V2, StoredCredentials.ISSUER, FEB, V1));
		Map<Node, Node> decoded = this.dataset.read((ds) -> {
			NodeTable table = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph())
				.getQuadTable()
				.getNodeTupleTable()
				.getNodeTable();
			NodeFile file = NodeFile.of(table).orElseThrow();
			Map<Node, Node> pairs = new HashMap<>();
			table.baseNodeTable().all().forEachRemaining((pair) -> {
				if (pair.getLeft().isPtr()) {
					pairs.put(pair.getRight(), file.read(pair.getLeft()));
				}
			});
			return pairs;
		});
		assertThat(decoded).hasSizeGreaterThan(20);
		decoded.forEach((expected, actual) -> assertThat(actual).isEqualTo(expected));
	}

	private void record(VerifiedCredential credential) {
		this.records.record(StoredCredentials.newRecord(this.iris, credential));
	}

	private static VerifiedCredential consent(String uuid, String issuer, Instant validFrom, String replaces) {
		String turtle = StoredCredentials.consentTurtle(uuid, issuer, validFrom, replaces, "generativeAiTraining");
		return StoredCredentials.verified(uuid, issuer, validFrom, turtle, "{\"id\":\"urn:uuid:" + uuid + "\"}");
	}

}
