/**
 * Verifiable Credentials 2.0 with {@code eddsa-rdfc-2022} Data Integrity proofs: offline
 * JSON-LD processing, RDFC-1.0 canonicalisation, Ed25519 signing and verification,
 * {@code did:key} and multibase.
 */
@NullMarked
package org.consentregistry.registry.credential;

import org.jspecify.annotations.NullMarked;
