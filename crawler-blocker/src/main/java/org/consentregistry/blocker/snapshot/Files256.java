package org.consentregistry.blocker.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.consentregistry.blocker.snapshot.SnapshotVerificationException.Reason;

/** SHA-256 and size of data files, and their check against a manifest's entries. */
final class Files256 {

	private Files256() {
	}

	static FileEntry entry(Path dir, String name) throws IOException {
		Path file = dir.resolve(name);
		MessageDigest digest = digest();
		long size = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
				size += n;
			}
		}
		return new FileEntry(name, size, HexFormat.of().formatHex(digest.digest()));
	}

	static List<FileEntry> entries(Path dir, List<String> names) throws IOException {
		List<FileEntry> entries = new ArrayList<>(names.size());
		for (String name : names) {
			entries.add(entry(dir, name));
		}
		return entries;
	}

	/**
	 * Checks every file in {@code dir} against its entry: present, same size and hash.
	 */
	static void check(Path dir, List<FileEntry> expected) throws SnapshotVerificationException, IOException {
		for (FileEntry want : expected) {
			FileEntry got;
			try {
				got = entry(dir, want.name());
			}
			catch (NoSuchFileException ex) {
				throw new SnapshotVerificationException(Reason.FILE,
						"snapshot file " + want.name() + " is missing from " + dir, ex);
			}
			if (got.size() != want.size() || !got.sha256().equals(want.sha256())) {
				throw new SnapshotVerificationException(Reason.FILE,
						"snapshot file " + want.name() + " was altered: expected " + want.size()
								+ " bytes with SHA-256 " + want.sha256() + ", got " + got.size() + " bytes with "
								+ got.sha256());
			}
		}
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
