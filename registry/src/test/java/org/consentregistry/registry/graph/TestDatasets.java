package org.consentregistry.registry.graph;

import java.nio.file.Path;

/**
 * Opens registry datasets on a directory, for tests outside a Spring context.
 */
public final class TestDatasets {

	private TestDatasets() {
	}

	public static RegistryDataset open(Path dataDir) {
		return new RegistryDataset(GraphProperties.of(dataDir));
	}

}
