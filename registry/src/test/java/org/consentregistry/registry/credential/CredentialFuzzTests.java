package org.consentregistry.registry.credential;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Untrusted input never escapes as an unchecked exception: random bytes, every truncation
 * of a signed credential, byte flips, and every property (of the credential, its subject
 * and its proof) replaced by a value of each other JSON type. Each case is either
 * verified or refused with a {@link CredentialException}. Seeds are fixed so a failure
 * reproduces.
 */
class CredentialFuzzTests {

	private static final List<JsonValue> WRONG_TYPES = List.of(JsonValue.NULL, JsonValue.TRUE,
			Json.createValue(-1.5e300), Json.createValue(""), JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
			Json.createArrayBuilder().add(JsonValue.NULL).add(7).build(),
			Json.createObjectBuilder().add("@value", 3).add("@type", "x").build());

	private final CredentialVerifier verifier = new CredentialVerifier(
			Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

	private final byte[] signed = TestCredentials.sign(TestCredentials.consentUnsigned("urn:uuid:1", "urn:uuid:2"));

	@Test
	void refusesRandomBytes() {
		Random random = new Random(1);
		int refused = 0;
		for (int i = 0; i < 500; i++) {
			byte[] bytes = new byte[random.nextInt(200)];
			random.nextBytes(bytes);
			refused += outcome(bytes);
		}
		assertThat(refused).isEqualTo(500);
	}

	@Test
	void refusesEveryTruncation() {
		int refused = 0;
		for (int length = 0; length < this.signed.length; length++) {
			refused += outcome(Arrays.copyOf(this.signed, length));
		}
		assertThat(refused).isEqualTo(this.signed.length);
	}

	@Test
	void survivesByteFlips() {
		Random random = new Random(2);
		int refused = 0;
		for (int i = 0; i < 300; i++) {
			byte[] bytes = this.signed.clone();
			bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
			refused += outcome(bytes);
		}
		assertThat(refused).isGreaterThan(250);
	}

	@Test
	void refusesEveryPropertyOfAnotherType() throws Exception {
		JsonObject credential = JsonBytes.parseObject(this.signed);
		List<byte[]> cases = new ArrayList<>();
		for (String name : credential.keySet()) {
			for (JsonValue wrong : WRONG_TYPES) {
				cases.add(JsonBytes.write(Json.createObjectBuilder(credential).add(name, wrong).build()));
			}
		}
		for (String nested : List.of("proof", "credentialSubject")) {
			JsonObject inner = credential.getJsonObject(nested);
			for (String name : inner.keySet()) {
				for (JsonValue wrong : WRONG_TYPES) {
					JsonObject changed = Json.createObjectBuilder(inner).add(name, wrong).build();
					cases.add(JsonBytes.write(Json.createObjectBuilder(credential).add(nested, changed).build()));
				}
			}
		}
		int refused = 0;
		for (byte[] bytes : cases) {
			refused += outcome(bytes);
		}
		assertThat(refused).isEqualTo(cases.size());
	}

	@Test
	void refusesDeeplyNestedJson() {
		String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
		assertThat(outcome(deep.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
	}

	/** 1 if refused, 0 if verified; fails the test on any other exception. */
	private int outcome(byte[] bytes) {
		int[] refused = { 0 };
		assertThatCode(() -> {
			try {
				this.verifier.verify(bytes);
			}
			catch (CredentialException ex) {
				refused[0] = 1;
			}
		}).as(() -> Multibase.abbreviate(new String(bytes, StandardCharsets.UTF_8))).doesNotThrowAnyException();
		return refused[0];
	}

}
