package org.consentregistry.registry.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegistryDatasetTests {

	@TempDir
	Path dir;

	@Test
	void opensTheStoreWithNodeCachesOfTheConfiguredSize() {
		RegistryDataset dataset = new RegistryDataset(properties(1234));
		try {
			StoreParams params = dataset.storeParams();
			assertThat(params.getNodeId2NodeCacheSize()).isEqualTo(1234);
			assertThat(params.getNode2NodeIdCacheSize()).isEqualTo(1234);
			assertThat(params.getBlockSize()).isEqualTo(StoreParams.getDftStoreParams().getBlockSize());
		}
		finally {
			dataset.destroy();
		}
	}

	@Test
	void readsUncachedWhatAReadFinds() {
		RegistryDataset dataset = new RegistryDataset(properties(1234));
		try {
			Quad quad = Quad.create(NodeFactory.createURI("urn:example:g"), NodeFactory.createURI("urn:example:s"),
					NodeFactory.createURI("urn:example:p"), NodeFactory.createLiteralString("o"));
			dataset.write((ds) -> ds.asDatasetGraph().add(quad));
			List<Quad> found = dataset
				.readUncached((dsg) -> Iter.toList(dsg.find(quad.getGraph(), quad.getSubject(), Node.ANY, Node.ANY)));
			assertThat(found).containsExactly(quad);
		}
		finally {
			dataset.destroy();
		}
	}

	@Test
	void resizesTheNodeCachesOfAnExistingStore() {
		new RegistryDataset(properties(1234)).destroy();
		RegistryDataset reopened = new RegistryDataset(properties(99));
		try {
			assertThat(reopened.storeParams().getNodeId2NodeCacheSize()).isEqualTo(99);
		}
		finally {
			reopened.destroy();
		}
	}

	@Test
	void bindsTheNodeCacheSizeWithASmallDefault() {
		Binder configured = new Binder(new MapConfigurationPropertySource(
				Map.of("registry.graph.data-dir", this.dir.toString(), "registry.graph.node-cache-size", "50000")));
		assertThat(configured.bind("registry.graph", GraphProperties.class).get().nodeCacheSize()).isEqualTo(50000);
		Binder unset = new Binder(
				new MapConfigurationPropertySource(Map.of("registry.graph.data-dir", this.dir.toString())));
		assertThat(unset.bind("registry.graph", GraphProperties.class).get().nodeCacheSize())
			.isEqualTo(GraphProperties.DEFAULT_NODE_CACHE_SIZE)
			.isLessThan(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize());
	}

	@Test
	void sizesTheIdToNodeCacheApartWhenConfigured() {
		RegistryDataset dataset = new RegistryDataset(new GraphProperties(this.dir, 64, 4096, 1024,
				Duration.ofSeconds(2), Duration.ofMillis(500), DataSize.ofMegabytes(256), 5000, 700));
		try {
			assertThat(dataset.storeParams().getNodeId2NodeCacheSize()).isEqualTo(700);
			assertThat(dataset.storeParams().getNode2NodeIdCacheSize()).isEqualTo(5000);
		}
		finally {
			dataset.destroy();
		}
	}

	@Test
	void rejectsANegativeIdToNodeCacheSize() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GraphProperties(this.dir, 64, 4096, 1024, Duration.ofSeconds(2),
					Duration.ofMillis(500), DataSize.ofMegabytes(256), 5000, -1))
			.withMessage("Expected registry.graph.id-to-node-cache-size to be at least 0 but got -1");
	}

	@Test
	void rejectsANodeCacheSizeBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(0))
			.withMessage("Expected registry.graph.node-cache-size to be at least 1 but got 0");
	}

	private GraphProperties properties(int nodeCacheSize) {
		return new GraphProperties(this.dir, 64, 4096, 1024, Duration.ofSeconds(2), Duration.ofMillis(500),
				DataSize.ofMegabytes(256), nodeCacheSize, 0);
	}

}
