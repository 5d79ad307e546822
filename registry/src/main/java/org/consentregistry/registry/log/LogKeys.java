package org.consentregistry.registry.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteSigner;
import org.consentregistry.blocker.tlog.NoteVerifier;

/**
 * The log's Ed25519 note keys for one origin, in a key directory: {@code <origin>.key}
 * holds the current signer key (readable by its owner only, POSIX 0600), and
 * {@code <origin>.retired} the verifier keys of replaced keys, one a line, so that older
 * checkpoints keep verifying. The origin's characters other than letters, digits, '.' and
 * '-' become '_' in the file names.
 */
public final class LogKeys {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final NoteSigner signer;

	private final List<NoteVerifier> retired;

	private LogKeys(NoteSigner signer, List<NoteVerifier> retired) {
		this.signer = signer;
		this.retired = List.copyOf(retired);
	}

	/** Loads the keys of {@code origin}, making a key on first use. */
	public static LogKeys load(Path directory, String origin, SecureRandom random) throws IOException {
		Path file = keyFile(directory, origin);
		if (!Files.exists(file)) {
			write(file, generate(origin, random));
		}
		NoteSigner signer = read(file);
		if (!signer.name().equals(origin)) {
			throw new IllegalStateException(
					"expected the log key in " + file + " to be named " + origin + ", found " + signer.name());
		}
		return new LogKeys(signer, readRetired(retiredFile(directory, origin)));
	}

	/**
	 * Replaces the key of {@code origin} by a new one and keeps the old verifier key as
	 * retired; the registry uses the new key from its next start.
	 * @return the new keys
	 */
	public static LogKeys rotate(Path directory, String origin, SecureRandom random) throws IOException {
		LogKeys old = load(directory, origin, random);
		Path retiredFile = retiredFile(directory, origin);
		Files.writeString(retiredFile, old.signer.verifier().verifierKey() + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		write(keyFile(directory, origin), generate(origin, random));
		return load(directory, origin, random);
	}

	/** The current signer. */
	public NoteSigner signer() {
		return this.signer;
	}

	/** The retired verifier keys, oldest first. */
	public List<NoteVerifier> retired() {
		return this.retired;
	}

	/** Every verifier key: the current one first, then the retired ones, newest first. */
	public List<NoteVerifier> verifiers() {
		List<NoteVerifier> all = new ArrayList<>();
		all.add(this.signer.verifier());
		for (int i = this.retired.size() - 1; i >= 0; i--) {
			all.add(this.retired.get(i));
		}
		return all;
	}

	static Path keyFile(Path directory, String origin) {
		return directory.resolve(slug(origin) + ".key");
	}

	static Path retiredFile(Path directory, String origin) {
		return directory.resolve(slug(origin) + ".retired");
	}

	private static String slug(String origin) {
		return origin.replaceAll("[^A-Za-z0-9.-]", "_");
	}

	private static NoteSigner generate(String origin, SecureRandom random) {
		try {
			return NoteSigner.generate(origin, random);
		}
		catch (NoteException ex) {
			throw new IllegalStateException(
					"expected a log origin usable as a key name, got '" + origin + "': " + ex.getMessage(), ex);
		}
	}

	private static NoteSigner read(Path file) throws IOException {
		Set<PosixFilePermission> permissions = OwnerOnlyFiles.permissions(file);
		if (permissions != null && !OWNER_ONLY.containsAll(permissions)) {
			throw new IllegalStateException("expected the log key " + file + " to be readable by its owner only ("
					+ PosixFilePermissions.toString(OWNER_ONLY) + "), found "
					+ PosixFilePermissions.toString(permissions) + "; run: chmod 600 " + file);
		}
		try {
			return NoteSigner.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (NoteException ex) {
			throw new IllegalStateException("expected a signer key in " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void write(Path file, NoteSigner signer) throws IOException {
		OwnerOnlyFiles.createDirectory(file.getParent());
		Path temporary = OwnerOnlyFiles.create(file.resolveSibling(file.getFileName() + ".new"));
		Files.writeString(temporary, signer.signerKey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.SYNC);
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static List<NoteVerifier> readRetired(Path file) throws IOException {
		List<NoteVerifier> retired = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					try {
						retired.add(NoteVerifier.parse(line));
					}
					catch (NoteException ex) {
						throw new IllegalStateException("expected verifier keys in " + file + ": " + ex.getMessage(),
								ex);
					}
				}
			}
		}
		return retired;
	}

}
