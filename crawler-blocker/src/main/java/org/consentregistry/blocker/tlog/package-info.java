/**
 * The transparency log's pure parts: RFC 9162 Merkle hashing, proof generation and
 * verification, C2SP checkpoints and Ed25519 signed notes, and submission receipts; no
 * storage, no Spring.
 */
@NullMarked
package org.consentregistry.blocker.tlog;

import org.jspecify.annotations.NullMarked;
