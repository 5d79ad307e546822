package org.consentregistry.registry.credential;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A credential whose proof verified.
 *
 * @param id the credential's {@code id}, or {@code null} if it has none
 * @param issuer the issuer's DID
 * @param verificationMethod the verification method of the issuer's proof (a DID URL)
 * @param proofCreated the proof's {@code created}, or {@code null}
 * @param validFrom the credential's {@code validFrom}, or {@code null}
 * @param validUntil the credential's {@code validUntil}, or {@code null}
 * @param canonicalDocument the RDFC-1.0 canonical N-Quads of the credential without its
 * proof: the graph the registry stores
 * @param original the submitted bytes, verbatim
 */
public record VerifiedCredential(@Nullable String id, String issuer, String verificationMethod,
		@Nullable Instant proofCreated, @Nullable Instant validFrom, @Nullable Instant validUntil,
		String canonicalDocument, byte[] original) {
}
