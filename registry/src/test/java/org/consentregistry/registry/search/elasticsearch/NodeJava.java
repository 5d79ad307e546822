package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK for the test Elasticsearch node, which needs Java 21 or newer while the
 * build runs on 17: {@code ES_JAVA_HOME} if set, else the running JVM if new enough, else
 * the newest JDK 21+ under {@code /usr/lib/jvm} (these machines have a Temurin 25 there).
 */
final class NodeJava {

	static final int MINIMUM = 21;

	private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

	private NodeJava() {
	}

	static Path home() {
		String configured = System.getenv("ES_JAVA_HOME");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		if (Runtime.version().feature() >= MINIMUM) {
			return Path.of(System.getProperty("java.home"));
		}
		return newestUnder(Path.of("/usr/lib/jvm"))
			.orElseThrow(() -> new IllegalStateException("Expected a JDK " + MINIMUM
					+ " or newer for the test Elasticsearch node (ES_JAVA_HOME, or under /usr/lib/jvm) but found none;"
					+ " install one (e.g. temurin-25-jdk) or set ES_JAVA_HOME"));
	}

	static Optional<Path> newestUnder(Path jvms) {
		if (!Files.isDirectory(jvms)) {
			return Optional.empty();
		}
		try (Stream<Path> candidates = Files.list(jvms)) {
			List<Path> homes = candidates.filter((home) -> Files.isExecutable(home.resolve("bin/java")))
				.filter((home) -> feature(home) >= MINIMUM)
				.sorted(Comparator.comparingInt(NodeJava::feature).reversed())
				.toList();
			return homes.stream().findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static int feature(Path home) {
		try {
			Matcher matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
