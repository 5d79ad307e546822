package org.consentregistry.registry.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registry's RDF store.
 *
 * @param dataDir the directory of the embedded TDB2 dataset; created if missing
 * @param maxCommitGroup the most writes that share one transaction under group commit
 */
@ConfigurationProperties("registry.graph")
record GraphProperties(@DefaultValue("./data/tdb2") Path dataDir, @DefaultValue("64") int maxCommitGroup) {
}
