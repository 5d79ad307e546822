package org.consentregistry.registry.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * Verifies {@code eddsa-rdfc-2022} credentials offline.
 * <p>
 * The checks run in this order, and the first failure decides the reason: JSON
 * ({@code MALFORMED}), VC 2.0 structure ({@code MALFORMED}), JSON-LD with bundled
 * contexts only ({@code UNKNOWN_CONTEXT}, {@code MALFORMED}), presence and shape of the
 * proofs ({@code UNSIGNED}, {@code UNKNOWN_CRYPTOSUITE}, {@code BAD_SIGNATURE}), every
 * proof's key and signature ({@code UNRESOLVABLE_KEY}, {@code BAD_SIGNATURE}), a proof by
 * the issuer's key ({@code ISSUER_MISMATCH}), and the validity period and proof expiry
 * against the clock ({@code NOT_YET_VALID}, {@code EXPIRED}). Instances are thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/vc-di-eddsa/#verify-proof-eddsa-rdfc-2022">VC DI
 * EdDSA §3.3.2 Verify Proof (eddsa-rdfc-2022)</a>
 */
public final class CredentialVerifier {

	private final Clock clock;

	private final EddsaRdfc2022 suite;

	private final ProofSet proofSet;

	/** A verifier that checks validity periods against the system clock. */
	public CredentialVerifier() {
		this(Clock.systemUTC());
	}

	/**
	 * A verifier that checks validity periods against a clock.
	 * @param clock the clock that says what "now" is
	 */
	public CredentialVerifier(Clock clock) {
		this(clock, OfflineDocumentLoader.BUNDLED_ONLY);
	}

	/** A verifier with a custom loader: for tests that need extra contexts. */
	CredentialVerifier(Clock clock, OfflineDocumentLoader loader) {
		this.clock = clock;
		this.suite = new EddsaRdfc2022(new RdfCanonicalizer(loader));
		this.proofSet = new ProofSet(this.suite);
	}

	/**
	 * Parses, canonicalises and verifies a credential.
	 * @param json the credential's bytes
	 * @return the verified credential
	 * @throws CredentialException if it is refused; the reason says why
	 */
	public VerifiedCredential verify(byte[] json) throws CredentialException {
		Parsed parsed = parse(json);
		List<Proof> proofs = ProofSet.read(parsed.document());
		this.proofSet.verifyAll(parsed.unsecured(), parsed.canonicalDocument(), proofs);
		CredentialStructure structure = parsed.structure();
		Proof issuers = issuersProof(structure.issuer(), proofs);
		checkValidity(structure, proofs);
		return new VerifiedCredential(structure.id(), structure.issuer(), issuers.verificationMethod(),
				issuers.created(), structure.validFrom(), structure.validUntil(), parsed.canonicalDocument(),
				json.clone());
	}

	/**
	 * The parsing layer: JSON, VC 2.0 structure and JSON-LD to canonical N-Quads, without
	 * looking at proofs.
	 * @throws CredentialException {@code MALFORMED} or {@code UNKNOWN_CONTEXT}
	 */
	Parsed parse(byte[] json) throws CredentialException {
		JsonObject document = JsonBytes.parseObject(json);
		CredentialStructure structure = CredentialStructure.check(document);
		JsonObject unsecured = ProofSet.unsecured(document);
		return new Parsed(document, unsecured, structure, this.suite.transform(unsecured));
	}

	private static Proof issuersProof(String issuer, List<Proof> proofs) throws CredentialException {
		for (Proof proof : proofs) {
			if (DidKey.didOf(proof.verificationMethod()).equals(issuer)) {
				return proof;
			}
		}
		throw new CredentialException(Reason.ISSUER_MISMATCH, "Expected a proof by a key of the issuer " + issuer
				+ " but the proofs are by " + proofs.stream().map(Proof::verificationMethod).toList());
	}

	private void checkValidity(CredentialStructure structure, List<Proof> proofs) throws CredentialException {
		Instant now = this.clock.instant();
		for (Proof proof : proofs) {
			if (proof.expires() != null && now.isAfter(proof.expires())) {
				throw new CredentialException(Reason.EXPIRED, "Expected the proof by " + proof.verificationMethod()
						+ " to expire at or after " + now + " but it expires " + proof.expires());
			}
		}
		if (structure.validFrom() != null && now.isBefore(structure.validFrom())) {
			throw new CredentialException(Reason.NOT_YET_VALID,
					"Expected validFrom at or before " + now + " but it is " + structure.validFrom());
		}
		if (structure.validUntil() != null && now.isAfter(structure.validUntil())) {
			throw new CredentialException(Reason.EXPIRED,
					"Expected validUntil at or after " + now + " but it is " + structure.validUntil());
		}
	}

	/**
	 * A credential that passed the parsing layer.
	 *
	 * @param document the credential as submitted
	 * @param unsecured the credential without proof
	 * @param structure its VC 2.0 structure
	 * @param canonicalDocument the canonical N-Quads of {@code unsecured}
	 */
	record Parsed(JsonObject document, JsonObject unsecured, CredentialStructure structure, String canonicalDocument) {
	}

}
