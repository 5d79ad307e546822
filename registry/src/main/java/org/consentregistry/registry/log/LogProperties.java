package org.consentregistry.registry.log;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the transparency log.
 *
 * @param origin the log's origin line and key name; defaults to the host of
 * {@code registry.base-uri} followed by {@code /log}
 * @param keyDir the directory of the log's signing keys; defaults to {@code log-keys}
 * beside {@code registry.graph.data-dir}, outside the data so that backups of the data
 * hold no secret key
 * @param dataDir the directory of the Merkle tree files and the latest checkpoint;
 * defaults to {@code log} inside {@code registry.graph.data-dir}
 * @param checkpointInterval how often a checkpoint is signed when the log grew
 */
@ConfigurationProperties("registry.log")
record LogProperties(@Nullable String origin, @Nullable String keyDir, @Nullable String dataDir,
		@DefaultValue("10s") Duration checkpointInterval) {
}
