package org.consentregistry.blocker.tlog;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The body of a C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the log's
 * origin, its tree size and the RFC 9162 root hash at that size, and optional extension
 * lines. A log promises with its signature that every checkpoint it signs is consistent
 * with every one it signed before.
 *
 * @param origin the log's identity, usually a schema-less URL
 * @param size the number of leaves
 * @param rootHash the 32-byte root hash of the tree of {@code size} leaves
 * @param extensions opaque non-empty lines after the root hash
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

	public Checkpoint {
		if (origin.isEmpty() || origin.contains("\n") || size < 0 || rootHash.length != TreeHasher.HASH_LENGTH
				|| extensions.stream().anyMatch((line) -> line.isEmpty() || line.contains("\n"))) {
			throw new IllegalArgumentException("expected a non-empty origin line, a size >= 0, a 32-byte root and"
					+ " non-empty extension lines, got " + origin + " / " + size + " / " + rootHash.length + " bytes");
		}
		rootHash = rootHash.clone();
		extensions = List.copyOf(extensions);
	}

	public Checkpoint(String origin, long size, byte[] rootHash) {
		this(origin, size, rootHash, List.of());
	}

	/** Parses a checkpoint body strictly. */
	public static Checkpoint parse(String text) throws NoteException {
		SignedNote.requireText(text);
		String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
		if (lines.length < 3) {
			throw SignedNote.malformed("expected at least 3 checkpoint lines, got " + lines.length);
		}
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isEmpty()) {
				throw SignedNote.malformed("expected non-empty checkpoint lines, line " + (i + 1) + " is empty");
			}
		}
		byte[] root = SignatureLines.decodeBase64("root hash", lines[2]);
		if (root.length != TreeHasher.HASH_LENGTH) {
			throw SignedNote.malformed("expected a root hash of 32 bytes, got " + root.length + " bytes");
		}
		return new Checkpoint(lines[0], parseSize(lines[1]), root, Arrays.asList(lines).subList(3, lines.length));
	}

	private static long parseSize(String line) throws NoteException {
		if (!line.matches("0|[1-9][0-9]{0,18}")) {
			throw SignedNote.malformed("expected a decimal tree size without leading zeros, got '"
					+ SignatureLines.abbreviate(line) + "'");
		}
		try {
			return Long.parseLong(line);
		}
		catch (NumberFormatException ex) {
			throw SignedNote.malformed("expected a tree size below 2^63, got " + line);
		}
	}

	@Override
	public byte[] rootHash() {
		return this.rootHash.clone();
	}

	/** The note text of this checkpoint. */
	public String text() {
		StringBuilder text = new StringBuilder().append(this.origin)
			.append('\n')
			.append(this.size)
			.append('\n')
			.append(Base64.getEncoder().encodeToString(this.rootHash))
			.append('\n');
		this.extensions.forEach((line) -> text.append(line).append('\n'));
		return text.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint that && this.origin.equals(that.origin) && this.size == that.size
				&& MessageDigest.isEqual(this.rootHash, that.rootHash) && this.extensions.equals(that.extensions);
	}

	@Override
	public int hashCode() {
		return this.origin.hashCode() * 31 + Long.hashCode(this.size) + Arrays.hashCode(this.rootHash);
	}

	@Override
	public String toString() {
		return text();
	}

}
