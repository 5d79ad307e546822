package org.consentregistry.blocker.snapshot;

import org.consentregistry.blocker.engine.CompiledRules;

/**
 * A verified snapshot: its manifest, the SHA-256 of the manifest's bytes (which a filter
 * receipt names), and the compiled rules.
 *
 * @param manifest the verified manifest
 * @param manifestSha256 the lower-case hex SHA-256 of {@code manifest.json}
 * @param rules the rules, read only after every hash verified
 */
public record Snapshot(SnapshotManifest manifest, String manifestSha256, CompiledRules rules) {
}
