package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File chores of the test node: the end of its log, copying and removing trees. */
final class ConsoleLog {

	private ConsoleLog() {
	}

	static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log at " + log + ": " + ex.getMessage() + ")";
		}
	}

	static Path copyTree(Path from, Path to) {
		deleteTree(to);
		try (Stream<Path> paths = Files.walk(from)) {
			Files.createDirectories(to.getParent());
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
			return to;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy the Elasticsearch distribution to " + to, ex);
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove the old test node's files under " + root, ex);
		}
	}

}
