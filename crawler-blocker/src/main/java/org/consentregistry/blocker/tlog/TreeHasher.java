package org.consentregistry.blocker.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 §2.1.1 Merkle tree hashing with SHA-256: {@code leaf = SHA-256(0x00 || data)},
 * {@code node = SHA-256(0x01 || left || right)} and the empty tree's root
 * {@code SHA-256("")}.
 */
public final class TreeHasher {

	/** Length in bytes of every hash in the tree. */
	public static final int HASH_LENGTH = 32;

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(TreeHasher::sha256);

	private TreeHasher() {
	}

	/** The hash of a leaf holding {@code data}. */
	public static byte[] leafHash(byte[] data) {
		MessageDigest digest = DIGEST.get();
		digest.reset();
		digest.update(LEAF_PREFIX);
		return digest.digest(data);
	}

	/** The hash of an interior node over its two children. */
	public static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest digest = DIGEST.get();
		digest.reset();
		digest.update(NODE_PREFIX);
		digest.update(left);
		return digest.digest(right);
	}

	/** The root of the empty tree, {@code SHA-256("")}. */
	public static byte[] emptyRoot() {
		return sha256().digest();
	}

	/** A fresh SHA-256 digest. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
