/**
 * Cryptographic primitives shared by the transparency log, snapshots and credentials:
 * pure Ed25519 (RFC 8032) over Bouncy Castle.
 */
@NullMarked
package org.consentregistry.blocker.crypto;

import org.jspecify.annotations.NullMarked;
