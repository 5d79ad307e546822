package org.consentregistry.blocker.surfaces;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the real programs that read generated files: found on PATH or in /usr/sbin; a
 * missing program fails the test (never a skip: .ci/run installs them).
 */
final class RealPrograms {

	private RealPrograms() {
	}

	static Path find(String... names) {
		List<String> dirs = new ArrayList<>(
				List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		dirs.add("/usr/sbin");
		dirs.add("/usr/bin");
		for (String name : names) {
			for (String dir : dirs) {
				Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return fail("expected one of %s on PATH or in /usr/sbin (see README, Testing), found none", List.of(names));
	}

	/**
	 * Runs {@code command} in {@code dir}; returns its output, failing on a non-zero
	 * exit.
	 */
	static String run(Path dir, Map<String, String> environment, String... command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output;
		try {
			output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return fail("%s did not finish in 120 s", List.of(command));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException(ex);
		}
		assertThat(process.exitValue()).as("exit code of %s, output:%n%s", List.of(command), output).isZero();
		return output;
	}

}
