package org.consentregistry.registry.search.elasticsearch;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The one real Elasticsearch node every integration test of this JVM shares: started on
 * first use, stopped when the JVM ends. Where a Docker engine answers, Testcontainers'
 * Elasticsearch container ({@link ContainerNode}); otherwise the integ-test-zip
 * distribution the build unpacked under {@code target/} ({@link DistributionNode}). A
 * node that cannot start fails the test with the reason, never skips it: in CI a missing
 * node is a failure. Tests keep apart by index prefix ({@link #prefix(String)}).
 */
public final class ElasticsearchNode {

	/**
	 * The server version: the elasticsearch-java client's (Boot-managed), set by the
	 * build.
	 */
	static final String VERSION = System.getProperty("registry.test.elasticsearch.version", "9.2.8");

	private static @Nullable ElasticsearchNode shared;

	private static @Nullable RuntimeException failure;

	private final NodeRuntime runtime;

	private final AtomicInteger prefixes = new AtomicInteger();

	private ElasticsearchNode(NodeRuntime runtime) {
		this.runtime = runtime;
	}

	/**
	 * The node of this JVM, started if it is not yet.
	 * @throws IllegalStateException if it cannot start (again for every later caller)
	 */
	public static synchronized ElasticsearchNode shared() {
		if (failure != null) {
			throw new IllegalStateException("The test Elasticsearch node failed to start earlier", failure);
		}
		if (shared == null) {
			try {
				NodeRuntime runtime = ContainerNode.dockerAvailable() ? new ContainerNode()
						: DistributionNode.unpacked();
				Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "elasticsearch-node-stop"));
				runtime.start();
				shared = new ElasticsearchNode(runtime);
			}
			catch (RuntimeException ex) {
				failure = ex;
				throw ex;
			}
		}
		return shared;
	}

	/**
	 * The node's HTTP address, e.g. {@code http://127.0.0.1:40123}; stable across
	 * restarts.
	 */
	public URI httpUri() {
		return this.runtime.httpUri();
	}

	/** Stops the node, keeping its data and address (for outage tests). */
	public void stop() {
		this.runtime.stop();
	}

	/** Starts the node again after {@link #stop()} and waits until it answers. */
	public void start() {
		this.runtime.start();
	}

	/** An index prefix no other test of this JVM uses, e.g. {@code t3-contract}. */
	public String prefix(String name) {
		return "t" + this.prefixes.incrementAndGet() + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
