package org.consentregistry.registry.credential;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The direct reading of the common {@code YYYY-MM-DDThh:mm:ssZ} form gives what the
 * general path (pattern and {@code java.time}) gives, and leaves every other form to it.
 */
class DateTimesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
			"9999-12-28T23:59:59Z", "2024-02-28T12:30:45Z", "1969-12-28T23:59:59Z" })
	void readsTheCommonFormDirectly(String value) {
		assertThat(DateTimes.simpleUtc(value)).isNotNull().isEqualTo(DateTimes.parseStrictly(value));
	}

	/** XSD 1.1 §3.3.7 dateTime lexical space and §3.3.28 dateTimeStamp. */
	@ParameterizedTest
	@ValueSource(strings = { "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
			"2026-01-31T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z",
			"2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T00:00:00.5Z",
			"2026-01-01T00:00:00+01:00", "2026-01-01T00:00:00", "2026-01-01 00:00:00Z", "12026-01-01T00:00:00Z",
			"-2026-01-01T00:00:00Z", "2026-01-01T00:00:00z", "2026-1-01T00:00:00Z", "2026-01-01T0a:00:00Z",
			"２０２６-01-01T00:00:00Z" })
	void leavesEveryOtherFormToTheGeneralPath(String value) {
		Instant direct = DateTimes.simpleUtc(value);
		if (direct != null) {
			assertThat(direct).isEqualTo(DateTimes.parseStrictly(value));
		}
		assertSameAsGeneralPath(value);
	}

	@Test
	void agreesWithTheGeneralPathOnRandomCandidates() {
		Random random = new Random(20261126);
		int direct = 0;
		for (int n = 0; n < 100_000; n++) {
			String value = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(14),
					random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
			Instant simple = DateTimes.simpleUtc(value);
			if (simple != null) {
				direct++;
				assertThat(simple).as(value).isEqualTo(DateTimes.parseStrictly(value));
			}
			assertSameAsGeneralPath(value);
		}
		assertThat(direct).isGreaterThan(30_000);
	}

	private static void assertSameAsGeneralPath(String value) {
		Instant expected;
		try {
			expected = DateTimes.parseStrictly(value);
		}
		catch (IllegalArgumentException ex) {
			assertThatIllegalArgumentException().as(value).isThrownBy(() -> DateTimes.parse(value));
			return;
		}
		assertThat(DateTimes.parse(value)).as(value).isEqualTo(expected);
	}

}
