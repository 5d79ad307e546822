package org.consentregistry.registry.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Creates files readable and writable by their owner only (POSIX 0600) and reads file
 * permissions, on file systems that have them.
 */
final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	/** Creates an empty file with mode 0600, replacing a leftover one. */
	static Path create(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) == null) {
			return Files.createFile(file);
		}
		return Files.createFile(file,
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
	}

	/** Creates a directory (and its parents) with mode 0700 if it is missing. */
	static void createDirectory(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		try {
			Files.createDirectories(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createDirectories(directory);
		}
	}

	/** The file's POSIX permissions, or {@code null} where the file system has none. */
	static @Nullable Set<PosixFilePermission> permissions(Path file) throws IOException {
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
			return null;
		}
		return Files.getPosixFilePermissions(file);
	}

}
