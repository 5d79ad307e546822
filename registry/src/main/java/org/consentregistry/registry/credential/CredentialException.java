package org.consentregistry.registry.credential;

/**
 * A credential was refused. The {@link Reason} is stable and maps to a problem type.
 */
public class CredentialException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public CredentialException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public CredentialException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a credential was refused. */
	public enum Reason {

		/** Not JSON, not a JSON object, or not valid JSON-LD 1.1. */
		MALFORMED,

		/** Names a context that is not bundled; it is never fetched. */
		UNKNOWN_CONTEXT,

		/** Has no proof. */
		UNSIGNED,

		/**
		 * A proof whose type or cryptosuite is not
		 * {@code DataIntegrityProof}/{@code eddsa-rdfc-2022}.
		 */
		UNKNOWN_CRYPTOSUITE,

		/** A proof that is malformed or whose signature does not verify. */
		BAD_SIGNATURE,

		/**
		 * The verification method cannot be resolved offline (not a valid
		 * {@code did:key}).
		 */
		UNRESOLVABLE_KEY,

		/** No proof is made by a key that the issuer controls. */
		ISSUER_MISMATCH,

		/** {@code validFrom} lies in the future. */
		NOT_YET_VALID,

		/** {@code validUntil} has passed. */
		EXPIRED

	}

}
