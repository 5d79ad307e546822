/**
 * The registry's transparency log: file-backed Merkle tree storage, the log's signing
 * keys, signed checkpoints and the HTTP endpoints that publish checkpoints, proofs and
 * verifier keys.
 */
@NullMarked
package org.consentregistry.registry.log;

import org.jspecify.annotations.NullMarked;
