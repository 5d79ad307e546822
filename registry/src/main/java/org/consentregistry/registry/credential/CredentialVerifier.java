package org.consentregistry.registry.credential;

/**
 * Verifies {@code eddsa-rdfc-2022} credentials offline.
 */
public final class CredentialVerifier {

	/**
	 * Parses, canonicalises and verifies a credential.
	 * @param json the credential's bytes
	 * @return the verified credential
	 * @throws CredentialException if it is refused; the reason says why
	 */
	public VerifiedCredential verify(byte[] json) throws CredentialException {
		throw new IllegalStateException("not implemented yet");
	}

}
