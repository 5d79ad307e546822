/**
 * Signed snapshots of a registry's compiled rules for one purpose: writing them, and
 * reading them back only after the manifest's signature and every file's hash verify
 * (format in {@code docs/design/snapshot-format.md}).
 */
@NullMarked
package org.consentregistry.blocker.snapshot;

import org.jspecify.annotations.NullMarked;
