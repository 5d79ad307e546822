package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A node of the {@code integ-test-zip} distribution that the build unpacks under
 * {@code target/elasticsearch/}: one process on loopback, single-node discovery, a 512 MB
 * heap, data and logs in a directory of its own beside the distribution (e.g.
 * {@code target/elasticsearch/node/}), run by a JDK 21+ ({@link NodeJava}) as a non-root
 * user ({@link NodeAccount}). Security is off, unless the node is
 * {@linkplain #secured(String, NodeSecurity) secured}: then HTTPS and users, with a
 * configuration directory of its own.
 */
final class DistributionNode implements NodeRuntime {

	static final String HOME_PROPERTY = "registry.test.elasticsearch.home";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final NodeAccount account;

	private final Path home;

	private final Path work;

	private final @Nullable NodeSecurity security;

	private final int httpPort = freePort();

	private final int transportPort = freePort();

	private @Nullable Process process;

	DistributionNode(NodeAccount account, Path home, String name, @Nullable NodeSecurity security) {
		this.account = account;
		this.home = home;
		this.work = home.resolveSibling(name);
		this.security = security;
	}

	/**
	 * The node of the unpacked distribution; if the node's user cannot reach it (a parent
	 * directory closed to other users), of a copy under the temporary directory.
	 */
	static DistributionNode unpacked() {
		return unpacked("node", null);
	}

	/**
	 * A node of the unpacked distribution with security on, working in its own directory
	 * {@code name} beside the distribution.
	 */
	static DistributionNode secured(String name, NodeSecurity security) {
		return unpacked(name, security);
	}

	private static DistributionNode unpacked(String name, @Nullable NodeSecurity security) {
		NodeAccount account = NodeAccount.current();
		Path home = unpackedHome();
		account.own(home);
		if (!account.canExecute(home.resolve("bin/elasticsearch"))) {
			home = ConsoleLog.copyTree(home,
					Path.of(System.getProperty("java.io.tmpdir"), "consent-registry-elasticsearch", "distribution"));
			account.own(home.getParent());
		}
		return new DistributionNode(account, home, name, security);
	}

	static Path unpackedHome() {
		String configured = System.getProperty(HOME_PROPERTY);
		Path home = Path.of((configured != null) ? configured : "target/elasticsearch/missing").toAbsolutePath();
		if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
			throw new IllegalStateException("Expected the Elasticsearch integ-test-zip distribution unpacked at " + home
					+ " (system property " + HOME_PROPERTY + ") but found no bin/elasticsearch there; run the tests"
					+ " through Maven, whose process-test-resources phase unpacks it");
		}
		return home;
	}

	@Override
	public synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		try {
			if (this.process == null) {
				ConsoleLog.deleteTree(this.work);
			}
			Files.createDirectories(this.work.resolve("data"));
			Files.createDirectories(this.work.resolve("logs"));
			Files.createDirectories(this.work.resolve("tmp"));
			if (this.security != null) {
				this.security.configure(this.home, config());
			}
			this.account.own(this.home, this.work);
			this.process = new ProcessBuilder(this.account.wrap(command())).directory(this.home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the test Elasticsearch node at " + this.home, ex);
		}
		Process started = this.process;
		String problem = (this.security != null) ? NodeHealth.awaitReady(this.security.client(), this.security::request,
				httpUri(), START_TIMEOUT, started::isAlive)
				: NodeHealth.awaitReady(httpUri(), START_TIMEOUT, started::isAlive);
		if (problem != null) {
			stop();
			throw new IllegalStateException("The test Elasticsearch node at " + httpUri() + " did not start: " + problem
					+ "\n--- end of " + console() + " ---\n" + ConsoleLog.tail(console(), 40));
		}
	}

	@Override
	public synchronized void stop() {
		Process running = this.process;
		if (running == null || !running.isAlive()) {
			return;
		}
		running.descendants().forEach(ProcessHandle::destroy);
		running.destroy();
		try {
			if (!running.waitFor(60, TimeUnit.SECONDS)) {
				running.descendants().forEach(ProcessHandle::destroyForcibly);
				running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			running.descendants().forEach((child) -> child.onExit().join());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public URI httpUri() {
		return URI.create(((this.security != null) ? "https" : "http") + "://127.0.0.1:" + this.httpPort);
	}

	private List<String> command() {
		List<String> command = new ArrayList<>(List.of("env", "ES_JAVA_HOME=" + NodeJava.home(),
				// C1 only: the node starts in half the time and the tests send it little
				// work
				"ES_JAVA_OPTS=-Xms512m -Xmx512m -XX:TieredStopAtLevel=1", "CLI_JAVA_OPTS=-XX:TieredStopAtLevel=1",
				"ES_TMPDIR=" + this.work.resolve("tmp")));
		if (this.security != null) {
			command.add("ES_PATH_CONF=" + config());
		}
		command.add(this.home.resolve("bin/elasticsearch").toString());
		Map<String, String> settings = new LinkedHashMap<>(Map.of("cluster.name", "consent-registry-test", "node.name",
				"test-node", "network.host", "127.0.0.1", "http.port", Integer.toString(this.httpPort),
				"transport.port", Integer.toString(this.transportPort), "discovery.type", "single-node",
				"xpack.security.enabled", "false", "path.data", this.work.resolve("data").toString(), "path.logs",
				this.work.resolve("logs").toString(), "cluster.routing.allocation.disk.threshold_enabled", "false"));
		if (this.security != null) {
			settings.putAll(this.security.settings());
		}
		settings.forEach((key, value) -> command.add("-E" + key + "=" + value));
		return command;
	}

	private Path config() {
		return this.work.resolve("config");
	}

	private Path console() {
		return this.work.resolve("console.log");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the test Elasticsearch node", ex);
		}
	}

}
