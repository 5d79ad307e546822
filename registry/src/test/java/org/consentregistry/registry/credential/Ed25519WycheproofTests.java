package org.consentregistry.registry.credential;

import java.util.HexFormat;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.consentregistry.blocker.crypto.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of Wycheproof's {@code ed25519_test.json} (RFC 8032 §5.1.7 verification edge
 * cases: malleability, non-canonical S and R, wrong lengths, invalid keys): our
 * {@link Ed25519#verify} gives the expected verdict.
 */
class Ed25519WycheproofTests {

	private static final HexFormat HEX = HexFormat.of();

	static Stream<Arguments> cases() {
		JsonObject file = Conformance.json("wycheproof/testvectors_v1/ed25519_test.json");
		return file.getJsonArray("testGroups").stream().map(JsonValue::asJsonObject).flatMap((group) -> {
			String publicKey = group.getJsonObject("publicKey").getString("pk");
			return group.getJsonArray("tests")
				.stream()
				.map(JsonValue::asJsonObject)
				.map((test) -> Arguments.of(test.getInt("tcId"), test.getString("comment"), publicKey,
						test.getString("msg"), test.getString("sig"), test.getString("result")));
		});
	}

	@Test
	void fileHasEveryCase() {
		assertThat(cases()).hasSize(151);
	}

	@ParameterizedTest(name = "tcId {0} {1}: {5}")
	@MethodSource("cases")
	void verdictMatches(int id, String comment, String publicKey, String message, String signature, String result) {
		boolean valid = Ed25519.verify(HEX.parseHex(publicKey), HEX.parseHex(message), HEX.parseHex(signature));
		assertThat(valid).isEqualTo(result.equals("valid"));
	}

}
