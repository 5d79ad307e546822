package org.consentregistry.registry.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The versioned index directories under the search directory ({@code records-v1},
 * {@code records-v2}, ...) and the alias naming the live one: a small file
 * {@value #ALIAS} replaced atomically (written aside, synced, renamed over the old one).
 */
final class IndexAlias {

	static final String ALIAS = "current";

	private static final Pattern VERSION = Pattern.compile("records-v(\\d+)");

	private final Path root;

	IndexAlias(Path root) {
		this.root = root;
	}

	Path root() {
		return this.root;
	}

	Path directory(String version) {
		return this.root.resolve(version);
	}

	/** The live version, or null if there is none yet. */
	@Nullable String current() throws IOException {
		Path alias = this.root.resolve(ALIAS);
		if (!Files.exists(alias)) {
			return null;
		}
		String name = Files.readString(alias, StandardCharsets.UTF_8).strip();
		if (!VERSION.matcher(name).matches()) {
			throw new IOException(
					"Expected the search alias " + alias + " to name records-v<n> but it holds '" + name + "'");
		}
		return name;
	}

	/** A version name higher than every directory present. */
	String next() throws IOException {
		Files.createDirectories(this.root);
		long highest = versions().stream().mapToLong(IndexAlias::number).max().orElse(0);
		return "records-v" + (highest + 1);
	}

	/** Points the alias at {@code version}, atomically and durably. */
	void point(String version) throws IOException {
		Files.createDirectories(this.root);
		Path aside = this.root.resolve(ALIAS + ".tmp");
		Files.writeString(aside, version + "\n", StandardCharsets.UTF_8);
		try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		try {
			Files.move(aside, this.root.resolve(ALIAS), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(aside, this.root.resolve(ALIAS), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes every version directory other than {@code keep}. */
	void dropAllBut(String keep) throws IOException {
		for (String version : versions()) {
			if (!version.equals(keep)) {
				drop(version);
			}
		}
	}

	void drop(String version) throws IOException {
		Path dir = directory(version);
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	private List<String> versions() throws IOException {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(this.root)) {
			return children.map((child) -> child.getFileName().toString())
				.filter((name) -> VERSION.matcher(name).matches())
				.toList();
		}
	}

	private static long number(String version) {
		Matcher matcher = VERSION.matcher(version);
		return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
