package org.consentregistry.blocker.cli;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The co-op key reads the Multikey secret of the registry's key files. Vector: the key
 * pair of the W3C Data Integrity EdDSA test vectors (w3c/vc-di-eddsa, TestVectors,
 * "keyPair"), as in schemas/examples/README.
 */
class CoopKeyTests {

	static final String SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

	@Test
	void derivesTheDidKeyOfTheW3cTestKeyPair() {
		assertThat(CoopKey.of(SECRET).did()).isEqualTo("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
	}

	@Test
	void signaturesVerifyWithThePublicKey() {
		CoopKey key = CoopKey.of(SECRET);
		byte[] message = "receipt".getBytes(StandardCharsets.UTF_8);
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, new Ed25519PublicKeyParameters(key.publicKey(), 0));
		verifier.update(message, 0, message.length);
		assertThat(verifier.verifySignature(key.sign(message))).isTrue();
	}

	@Test
	void refusesAPublicKeyInPlaceOfTheSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CoopKey.of("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"))
			.withMessageContaining("ed25519-priv");
	}

}
