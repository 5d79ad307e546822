package org.consentregistry.registry.search.elasticsearch;

import java.net.URI;

/** A way to run the test Elasticsearch node: a local process or a container. */
interface NodeRuntime {

	/**
	 * Starts the node (again, with the same data and port after {@link #stop()}) and
	 * waits until it answers with a yellow or green cluster.
	 * @throws IllegalStateException with the reason and the end of the node's log if it
	 * does not come up
	 */
	void start();

	/** Stops the node, keeping its data; does nothing if it is stopped. */
	void stop();

	/** The node's HTTP address, stable across restarts. */
	URI httpUri();

}
