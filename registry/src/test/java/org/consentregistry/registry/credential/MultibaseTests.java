package org.consentregistry.registry.credential;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multibase base58btc against the {@code base58btc} rows of the multiformats/multibase
 * test CSVs (basic, one and two leading zero bytes), plus round trips and refusals.
 */
class MultibaseTests {

	private static final String[] FILES = { "basic.csv", "leading_zero.csv", "two_leading_zeros.csv",
			"case_insensitivity.csv" };

	static Stream<Arguments> base58btcRows() {
		return Arrays.stream(FILES).flatMap((file) -> {
			String[] lines = Conformance.text("multibase/tests/" + file).split("\n");
			String input = unquote(lines[0].substring(lines[0].indexOf(',') + 1));
			return Arrays.stream(lines)
				.filter((line) -> line.startsWith("base58btc,"))
				.map((line) -> Arguments.of(file, input, unquote(line.substring(line.indexOf(',') + 1))));
		});
	}

	private static String unquote(String value) {
		String trimmed = value.strip();
		return trimmed.substring(1, trimmed.length() - 1).replace("\\x00", "\u0000");
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("base58btcRows")
	void encodesAndDecodesTestVector(String file, String input, String encoded) throws Exception {
		byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
		assertThat(Multibase.encode(bytes)).isEqualTo(encoded);
		assertThat(Multibase.decode(encoded, Reason.MALFORMED)).isEqualTo(bytes);
	}

	@ParameterizedTest
	@CsvSource({ "'', z", "00, z1", "0000, z11", "ff, z5Q", "0001, z12" })
	void encodesEdgeCases(String hex, String encoded) throws Exception {
		byte[] bytes = java.util.HexFormat.of().parseHex(hex);
		assertThat(Multibase.encode(bytes)).isEqualTo(encoded);
		assertThat(Multibase.decode(encoded, Reason.MALFORMED)).isEqualTo(bytes);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 31, 32, 34, 64, 100 })
	void roundTripsRandomBytesWithLeadingZeros(int length) throws Exception {
		java.util.Random random = new java.util.Random(length);
		for (int i = 0; i < 50; i++) {
			byte[] bytes = new byte[length];
			random.nextBytes(bytes);
			bytes[0] = 0;
			assertThat(Multibase.decode(Multibase.encode(bytes), Reason.MALFORMED)).isEqualTo(bytes);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "7paNL19xttacUY", "z0OIl", "z7paN+19", "zé", "f00796573" })
	void refusesWhatIsNotBase58btc(String value) {
		CredentialVerifierTests.assertRefused(() -> Multibase.decode(value, Reason.BAD_SIGNATURE),
				Reason.BAD_SIGNATURE);
	}

}
