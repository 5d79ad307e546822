package org.consentregistry.registry.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Stored instants read as {@link Instant#parse} reads them (ISO-8601, RFC 3339). */
class StoredInstantsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-26T07:47:31Z", "2026-11-26T07:47:31.1Z", "2026-11-26T07:47:31.123Z",
			"2026-11-26T07:47:31.123456Z", "2026-11-26T07:47:31.123456789Z", "1970-01-01T00:00:00Z",
			"1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z", "0001-01-01T00:00:00Z",
			"9999-12-31T23:59:59.999999999Z", "+12026-11-26T07:47:31Z", "2026-11-26T07:47:31+01:00",
			"2026-11-26t07:47:31z", "2016-12-31T23:59:60Z", "2026-11-26T24:00:00Z", "2026-11-26T07:47:31.Z" })
	void readsWhatInstantParseReads(String text) {
		assertThat(StoredInstants.parse(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-26T07:47:31.1234567890Z",
			"2026-11-26 07:47:31Z", "2026-1a-26T07:47:31Z", "" })
	void refusesWhatInstantParseRefuses(String text) {
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> Instant.parse(text));
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> StoredInstants.parse(text));
	}

	@Test
	void readsBackEveryInstantAsWritten() {
		Random random = new Random(20261126);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_800L),
					switch (i % 4) {
						case 0 -> 0;
						case 1 -> random.nextInt(1000) * 1_000_000;
						case 2 -> random.nextInt(1_000_000) * 1_000;
						default -> random.nextInt(1_000_000_000);
					});
			assertThat(StoredInstants.parse(instant.toString())).isEqualTo(instant);
		}
	}

}
