package org.consentregistry.registry.credential;

import java.time.Instant;

/**
 * Adds an {@code eddsa-rdfc-2022} Data Integrity proof to a credential.
 */
public final class CredentialSigner {

	/**
	 * Signs an unsigned credential.
	 * @param unsignedJson the credential without proof
	 * @param key the issuer's key; its DID must be the credential's issuer
	 * @param created the proof's {@code created} time
	 * @return the signed credential as JSON bytes
	 * @throws CredentialException if the credential cannot be processed
	 */
	public byte[] sign(byte[] unsignedJson, SigningKey key, Instant created) throws CredentialException {
		throw new IllegalStateException("not implemented yet");
	}

}
