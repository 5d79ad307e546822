package org.consentregistry.registry.consent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;

import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialVerifier;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever bytes arrive, the submission pipeline either records a credential or
 * refuses it with a documented problem; it never fails in an undocumented way (which the
 * API would answer with a 500). Inputs are seeded mutations of a valid signed credential.
 */
class ConsentSubmissionsFuzzTests {

	static final long SEED = 20261125L;

	@TempDir
	Path dataDir;

	RegistryDataset dataset;

	ConsentSubmissions submissions;

	@BeforeEach
	void open() {
		this.dataset = TestDatasets.open(this.dataDir);
		RecordIris iris = new RecordIris(new RegistryProperties(URI.create("https://registry.example")));
		ConsentRecords records = new ConsentRecords(this.dataset, iris, Clock.systemUTC());
		this.submissions = new ConsentSubmissions(new CredentialVerifier(), new CredentialShapes(), records, iris,
				new LimitsProperties(DataSize.ofMegabytes(1), 10_000, 64), (event) -> {
				}, TestLogFeeds.open(this.dataset, this.dataDir.resolve("log")));
	}

	@AfterEach
	void close() {
		this.dataset.destroy();
	}

	@Test
	void refusesEveryMutationWithADocumentedProblemOrRecordsIt() {
		String work = TestConsentCredentials.newId();
		byte[] valid = TestConsentCredentials.signed(TestConsentCredentials.consent(TestConsentCredentials.newId(),
				TestCredentials.CREATOR.did(), work, TestCredentials.CREATED, null, "genai-train"),
				TestCredentials.CREATOR);
		Random random = new Random(SEED);
		int refused = 0;
		for (int i = 0; i < 100; i++) {
			byte[] mutated = mutate(valid, random);
			try {
				this.submissions.submit(mutated, "application/vc");
			}
			catch (CredentialException | ProblemException ex) {
				refused++;
			}
		}
		assertThat(refused).isGreaterThan(70);
	}

	private static byte[] mutate(byte[] original, Random random) {
		byte[] bytes = original.clone();
		switch (random.nextInt(4)) {
			case 0 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
			case 2 -> {
				int at = random.nextInt(bytes.length);
				bytes[at] = (byte) "{}[]\",:\\".charAt(random.nextInt(8));
			}
			default -> {
				for (int n = 0; n < 8; n++) {
					bytes[random.nextInt(bytes.length)] = (byte) (32 + random.nextInt(95));
				}
			}
		}
		return bytes;
	}

}
