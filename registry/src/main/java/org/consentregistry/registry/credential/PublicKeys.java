package org.consentregistry.registry.credential;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.consentregistry.blocker.crypto.Ed25519;
import org.jspecify.annotations.Nullable;

/**
 * Decoded Ed25519 public keys by {@code did:key} verification method, so that a frequent
 * issuer's key is base58-decoded and decompressed to a curve point once. At most
 * {@value #MAX_KEYS} are kept (all are dropped when that many are); a key that is not a
 * valid point is never kept. Instances are thread-safe: decoded keys are immutable.
 */
final class PublicKeys {

	static final int MAX_KEYS = 1024;

	private final Map<String, Ed25519PublicKeyParameters> keys = new ConcurrentHashMap<>();

	/**
	 * The key of a verification method.
	 * @return the decoded key, or {@code null} if its bytes are not a valid point
	 * @throws CredentialException {@code UNRESOLVABLE_KEY}, see {@link DidKey#resolve}
	 */
	@Nullable Ed25519PublicKeyParameters resolve(String verificationMethod) throws CredentialException {
		Ed25519PublicKeyParameters key = this.keys.get(verificationMethod);
		if (key != null) {
			return key;
		}
		key = Ed25519.decodePublicKey(DidKey.resolve(verificationMethod));
		if (key != null) {
			if (this.keys.size() >= MAX_KEYS) {
				this.keys.clear();
			}
			this.keys.put(verificationMethod, key);
		}
		return key;
	}

	/** The number of keys kept. */
	int size() {
		return this.keys.size();
	}

}
