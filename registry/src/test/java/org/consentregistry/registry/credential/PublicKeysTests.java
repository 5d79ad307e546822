package org.consentregistry.registry.credential;

import java.util.Arrays;

import org.consentregistry.blocker.crypto.Ed25519;
import org.junit.jupiter.api.Test;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Decoded keys are kept per verification method; bad keys are not. */
class PublicKeysTests {

	private final PublicKeys keys = new PublicKeys();

	@Test
	void decodesAKeyOnceAndGivesTheSameBytes() throws CredentialException {
		String method = TestCredentials.CREATOR.verificationMethod();
		assertThat(this.keys.resolve(method)).isSameAs(this.keys.resolve(method));
		assertThat(this.keys.resolve(method).getEncoded()).isEqualTo(DidKey.resolve(method));
	}

	@Test
	void givesNoKeyForBytesThatAreNotAPoint() throws CredentialException {
		byte[] notAPoint = new byte[Ed25519.KEY_LENGTH];
		Arrays.fill(notAPoint, (byte) 0xff);
		assertThat(this.keys.resolve(DidKey.verificationMethod(notAPoint))).isNull();
	}

	@Test
	void refusesWhatDidKeyRefuses() {
		assertThatExceptionOfType(CredentialException.class).isThrownBy(() -> this.keys.resolve("did:web:example.org"))
			.extracting(CredentialException::reason)
			.isEqualTo(Reason.UNRESOLVABLE_KEY);
	}

	@Test
	void keepsAtMostTheMaximumNumberOfKeys() throws CredentialException {
		for (int i = 0; i <= PublicKeys.MAX_KEYS; i++) {
			byte[] seed = new byte[32];
			seed[0] = (byte) i;
			seed[1] = (byte) (i >> 8);
			assertThat(this.keys.resolve(DidKey.verificationMethod(Ed25519.publicKey(seed)))).isNotNull();
		}
		assertThat(this.keys.size()).isLessThanOrEqualTo(PublicKeys.MAX_KEYS);
	}

}
