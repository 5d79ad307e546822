package org.consentregistry.registry.control;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real DNS server on loopback for tests: Debian's dnsmasq (package
 * {@code dnsmasq-base}), authoritative for {@code example} (unknown names answer
 * NXDOMAIN), serving the given TXT records, with no upstream and no hosts file. A missing
 * dnsmasq fails the test; it never skips.
 */
final class Dnsmasq implements AutoCloseable {

	private static final List<String> LOCATIONS = List.of("/usr/sbin/dnsmasq", "/usr/bin/dnsmasq", "/sbin/dnsmasq");

	private final Process process;

	private final Path pidFile;

	private Dnsmasq(Process process, Path pidFile) {
		this.process = process;
		this.pidFile = pidFile;
	}

	/**
	 * Starts dnsmasq on 127.0.0.1:{@code port} with the TXT records
	 * {@code name -> value}.
	 */
	static Dnsmasq start(int port, Map<String, String> txt) throws IOException, InterruptedException {
		Path pidFile = Files.createTempFile("dnsmasq", ".pid");
		List<String> command = new ArrayList<>(List.of(executable(), "--keep-in-foreground", "--no-resolv",
				"--no-hosts", "--conf-file=/dev/null", "--listen-address=127.0.0.1", "--bind-interfaces",
				"--port=" + port, "--pid-file=" + pidFile, "--local=/example/"));
		txt.forEach((name, value) -> command.add("--txt-record=" + name + "," + value));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		Dnsmasq dnsmasq = new Dnsmasq(process, pidFile);
		for (int i = 0; i < 100 && isFree(port); i++) {
			if (!process.isAlive()) {
				fail("dnsmasq exited with " + process.exitValue() + ": " + command);
			}
			Thread.sleep(50);
		}
		return dnsmasq;
	}

	/** A port free on 127.0.0.1 for both UDP and TCP. */
	static int freePort() throws IOException {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				int port = tcp.getLocalPort();
				if (isFree(port)) {
					return port;
				}
			}
		}
		throw new IOException("No port free for both UDP and TCP on loopback");
	}

	private static boolean isFree(int port) {
		try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String executable() {
		for (String location : LOCATIONS) {
			if (Files.isExecutable(Path.of(location))) {
				return location;
			}
		}
		return fail("dnsmasq not found in " + LOCATIONS
				+ ": install the Debian package dnsmasq-base (apt-get install dnsmasq-base); the DNS tests need a real DNS server");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		Files.deleteIfExists(this.pidFile);
	}

}
