package org.consentregistry.registry.search.elasticsearch;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The test node as Testcontainers' Elasticsearch container, where a Docker engine exists.
 * Its HTTP port is bound to a fixed free host port, so that stopping and starting the
 * container keeps the address the application was given.
 */
final class ContainerNode implements NodeRuntime {

	private static final DockerImageName IMAGE = DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch")
		.withTag(ElasticsearchNode.VERSION);

	private final int hostPort = freePort();

	private final ElasticsearchContainer container = new ElasticsearchContainer(IMAGE)
		.withEnv("xpack.security.enabled", "false")
		.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
		.withCreateContainerCmdModifier((create) -> create.getHostConfig()
			.withPortBindings(new PortBinding(Ports.Binding.bindPort(this.hostPort), ExposedPort.tcp(9200))))
		.withStartupTimeout(Duration.ofMinutes(4));

	private boolean created;

	static boolean dockerAvailable() {
		String dockerHost = System.getenv("DOCKER_HOST");
		boolean configured = (dockerHost != null && !dockerHost.isBlank())
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock")) || java.nio.file.Files
					.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (!configured) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@Override
	public synchronized void start() {
		if (!this.created) {
			this.container.start();
			this.created = true;
			return;
		}
		DockerClientFactory.lazyClient().startContainerCmd(this.container.getContainerId()).exec();
		String problem = NodeHealth.awaitReady(httpUri(), Duration.ofMinutes(4), () -> true);
		if (problem != null) {
			throw new IllegalStateException("The Elasticsearch container did not come back: " + problem + "\n"
					+ tail(this.container.getLogs()));
		}
	}

	@Override
	public synchronized void stop() {
		if (this.created) {
			DockerClientFactory.lazyClient().stopContainerCmd(this.container.getContainerId()).exec();
		}
	}

	@Override
	public URI httpUri() {
		return URI.create("http://" + this.container.getHost() + ":" + this.hostPort);
	}

	void remove() {
		this.container.stop();
	}

	private static String tail(String logs) {
		List<String> lines = logs.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("No free port for the Elasticsearch container", ex);
		}
	}

}
