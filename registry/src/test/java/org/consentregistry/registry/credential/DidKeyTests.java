package org.consentregistry.registry.credential;

import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.consentregistry.blocker.crypto.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code did:key} for Ed25519 against the did-method-key test vectors
 * ({@code test-vectors/ed25519-x25519.json}): seed, public key ({@code publicKeyBase58}
 * of the legacy 2018 key type, the same 32 bytes as the Multikey), DID and back.
 */
class DidKeyTests {

	static Stream<Arguments> vectors() {
		JsonObject file = Conformance.json("did-method-key/test-vectors/ed25519-x25519.json");
		return file.keySet().stream().map((did) -> {
			JsonObject vector = file.getJsonObject(did);
			return Arguments.of(did, vector.getString("seed"), publicKey(vector.getJsonObject("verificationKeyPair")));
		});
	}

	/** The raw key: {@code publicKeyBase58}, or the JWK {@code x} of the last vector. */
	private static byte[] publicKey(JsonObject keyPair) {
		try {
			return keyPair.containsKey("publicKeyBase58")
					? Multibase.base58(keyPair.getString("publicKeyBase58"), Reason.MALFORMED)
					: Base64.getUrlDecoder().decode(keyPair.getJsonObject("publicKeyJwk").getString("x"));
		}
		catch (CredentialException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	@Test
	void fileHasFiveVectors() {
		assertThat(vectors()).hasSize(5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void derivesDidFromSeed(String did, String seed, byte[] publicKey) throws Exception {
		SigningKey key = SigningKey.fromSeed(HexFormat.of().parseHex(seed));
		assertThat(key.publicKey()).isEqualTo(publicKey);
		assertThat(key.did()).isEqualTo(did);
		assertThat(key.verificationMethod()).isEqualTo(did + "#" + did.substring(DidKey.PREFIX.length()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void resolvesVerificationMethodToPublicKey(String did, String seed, byte[] publicKey) throws Exception {
		String fragment = did.substring(DidKey.PREFIX.length());
		assertThat(DidKey.resolve(did + "#" + fragment)).isEqualTo(publicKey);
		assertThat(DidKey.resolve(did)).isEqualTo(publicKey);
	}

	@Test
	void readsSecretKeyMultibaseOfW3cVectors() throws Exception {
		SigningKey key = SigningKey.fromSecretKeyMultibase("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
		assertThat(key.did()).isEqualTo("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
		assertThat(DidKey.secretKeyMultibase(key.seed())).isEqualTo("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
	}

	@Test
	void generatesDistinctKeysThatSignAndVerify() {
		SigningKey one = SigningKey.generate();
		SigningKey two = SigningKey.generate();
		assertThat(one).isNotEqualTo(two);
		byte[] message = { 1, 2, 3 };
		assertThat(Ed25519.verify(one.publicKey(), message, one.sign(message))).isTrue();
		assertThat(Ed25519.verify(two.publicKey(), message, one.sign(message))).isFalse();
		assertThat(one.toString()).doesNotContain(HexFormat.of().formatHex(one.seed()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "did:web:creator.example", "did:key:",
			"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooW",
			"did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76",
			"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
			"did:key:z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW" })
	void refusesWhatIsNotAnEd25519DidKey(String verificationMethod) {
		CredentialVerifierTests.assertRefused(() -> DidKey.resolve(verificationMethod), Reason.UNRESOLVABLE_KEY);
	}

}
