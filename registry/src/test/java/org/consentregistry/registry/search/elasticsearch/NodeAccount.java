package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The account the test Elasticsearch node runs as. Elasticsearch refuses to run as root:
 * when the tests run as root (as in CI here), the node runs as the system user
 * {@value #USER}, created if missing and given its directories; otherwise as the current
 * user.
 */
final class NodeAccount {

	static final String USER = "elasticsearch";

	private final boolean root;

	private NodeAccount(boolean root) {
		this.root = root;
	}

	static NodeAccount current() {
		try {
			Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			return new NodeAccount(Integer.valueOf(0).equals(uid));
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return new NodeAccount("root".equals(System.getProperty("user.name")));
		}
	}

	/** Makes the node's directories its own, creating the user first if needed. */
	void own(Path... directories) {
		if (!this.root) {
			return;
		}
		if (run(List.of("id", "-u", USER)) != 0) {
			require(List.of("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
					"--shell", "/usr/sbin/nologin", USER));
		}
		List<String> chown = new ArrayList<>(List.of("chown", "-R", USER + ":" + USER));
		for (Path directory : directories) {
			chown.add(directory.toString());
		}
		require(chown);
	}

	/**
	 * Whether the node's user can run a program at {@code path} (every parent
	 * searchable).
	 */
	boolean canExecute(Path path) {
		return !this.root || run(List.of("runuser", "-u", USER, "--", "test", "-x", path.toString())) == 0;
	}

	/** The command that runs {@code command} as the node's user. */
	List<String> wrap(List<String> command) {
		if (!this.root) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", USER, "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	private static void require(List<String> command) {
		int exit = run(command);
		if (exit != 0) {
			throw new IllegalStateException("Expected '" + String.join(" ", command) + "' to exit 0 but it exited "
					+ exit + " (needed to run the test Elasticsearch node, which refuses root)");
		}
	}

	private static int run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
