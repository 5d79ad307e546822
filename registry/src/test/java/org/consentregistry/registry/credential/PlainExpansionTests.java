package org.consentregistry.registry.credential;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of {@link PlainExpansion} against the library's expansion from the
 * same kept context: wherever it applies it gives the same expanded document, and where
 * the library fails it does not apply (see {@link DifferentialInputs}).
 */
class PlainExpansionTests {

	private final CachedExpansion expansion = new CachedExpansion(Conformance.TEST_LOADER);

	@Test
	void expandsEveryConformanceDocumentAsTheLibraryDoes() {
		int[] tally = compareAll(DifferentialInputs.conformanceDocuments());
		assertThat(tally[0]).isGreaterThan(200);
		assertThat(tally[1]).isGreaterThan(100);
	}

	@Test
	void expandsMutatedCredentialsAsTheLibraryDoes() {
		int[] tally = compareAll(DifferentialInputs.mutatedCredentials(6000));
		assertThat(tally[0]).isGreaterThan(2000);
		assertThat(tally[1]).isGreaterThan(1000);
	}

	@Test
	void keepsTheScopedContextsOfTheConsentContext() throws Exception {
		JsonObject consent = JsonBytes.parseObject(TestCredentials.consentUnsigned("urn:uuid:1", "urn:uuid:2")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(this.expansion.plain(consent)).contains(this.expansion.byLibrary(consent));
	}

	/** Documents compared, and of those expanded by the plain path. */
	private int[] compareAll(List<JsonObject> documents) {
		int[] tally = new int[2];
		for (JsonObject document : documents) {
			JsonArray expected;
			try {
				expected = this.expansion.byLibrary(document);
			}
			catch (Exception ex) {
				assertThat(plain(document)).as("plain expansion where the library fails: " + document).isEmpty();
				continue;
			}
			tally[0]++;
			Optional<JsonArray> plain = plain(document);
			if (plain.isPresent()) {
				tally[1]++;
				assertThat(plain.get()).as("expansion of " + document).isEqualTo(expected);
			}
		}
		return tally;
	}

	private Optional<JsonArray> plain(JsonObject document) {
		try {
			return this.expansion.plain(document);
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

}
