package org.consentregistry.registry.search.elasticsearch;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Instants read as {@link Instant#parse} reads them (ISO-8601 instants as
 * {@link Instant#toString()} writes them, and anything else handed to it).
 */
class InstantsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-26T18:05:33Z", "2026-11-26T18:05:33.1Z", "2026-11-26T18:05:33.120Z",
			"2026-11-26T18:05:33.123456Z", "2026-11-26T18:05:33.123456789Z", "1970-01-01T00:00:00Z",
			"1969-12-31T23:59:59.999999999Z", "2024-02-29T12:00:00Z", "0001-01-01T00:00:00Z",
			"2026-11-26T18:05:33+01:00", "+12026-11-26T18:05:33Z", "2026-11-26T23:59:60Z", "2026-11-26T24:00:00Z",
			"2026-11-26T18:05:33.Z" })
	void readsWhatInstantParseReads(String text) {
		assertThat(Instants.parse(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-26T24:00:01Z",
			"2026-11-26T18:05:3xZ", "2026-11-26 18:05:33Z", "" })
	void refusesWhatInstantParseRefuses(String text) {
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> Instant.parse(text));
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> Instants.parse(text));
	}

	@Test
	void readsEveryInstantAsWritten() {
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
					(i % 4 == 0) ? 0 : (i % 4 == 1) ? random.nextInt(1000) * 1_000_000
							: (i % 4 == 2) ? random.nextInt(1_000_000) * 1000 : random.nextInt(1_000_000_000));
			assertThat(Instants.parse(instant.toString())).isEqualTo(instant);
		}
	}

}
