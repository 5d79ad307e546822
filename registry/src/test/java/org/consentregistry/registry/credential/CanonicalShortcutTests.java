package org.consentregistry.registry.credential;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of the canonicalisation shortcut ({@link ExpandedRdf} and
 * {@link FirstDegreeCanon}) against the libraries' JSON-LD to RDF and RDFC-1.0: wherever
 * the shortcut applies it gives the same canonical N-Quads, byte for byte, and where the
 * libraries fail it does not apply (see {@link DifferentialInputs}).
 */
class CanonicalShortcutTests {

	private final RdfCanonicalizer canonicalizer = new RdfCanonicalizer(Conformance.TEST_LOADER);

	@Test
	void givesWhatTheLibrariesGiveForEveryConformanceDocument() {
		Tally tally = compareAll(DifferentialInputs.conformanceDocuments());
		assertThat(tally.compared).isGreaterThan(200);
		assertThat(tally.shortcut).isGreaterThan(100);
	}

	@Test
	void givesWhatTheLibrariesGiveForMutatedCredentials() {
		Tally tally = compareAll(DifferentialInputs.mutatedCredentials(6000));
		assertThat(tally.compared).isGreaterThan(1000);
		assertThat(tally.shortcut).isGreaterThan(500);
		assertThat(tally.declined).isGreaterThan(100);
	}

	private Tally compareAll(List<JsonObject> documents) {
		Tally tally = new Tally();
		for (JsonObject document : documents) {
			compare(document, tally);
		}
		return tally;
	}

	private void compare(JsonObject document, Tally tally) {
		JsonArray expanded;
		try {
			expanded = this.canonicalizer.expand(document);
		}
		catch (Exception ex) {
			return; // refused before either path runs
		}
		String expected;
		try {
			expected = this.canonicalizer.byLibrary(expanded);
		}
		catch (Exception ex) {
			assertThat(this.canonicalizer.byShortcut(expanded)).as("shortcut where the library fails: " + document)
				.isEmpty();
			return;
		}
		Optional<String> shortcut = this.canonicalizer.byShortcut(expanded);
		tally.compared++;
		if (shortcut.isPresent()) {
			tally.shortcut++;
			assertThat(shortcut.get()).as("canonical N-Quads of " + document).isEqualTo(expected);
		}
		else {
			tally.declined++;
		}
	}

	private static final class Tally {

		int compared;

		int shortcut;

		int declined;

	}

}
