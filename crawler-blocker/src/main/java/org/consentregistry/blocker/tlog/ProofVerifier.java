package org.consentregistry.blocker.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Verifies RFC 9162 inclusion proofs (§2.1.3.2) and consistency proofs (§2.1.4.2). Every
 * hash must be {@value TreeHasher#HASH_LENGTH} bytes long and every proof exactly as long
 * as the tree sizes require.
 */
public final class ProofVerifier {

	private ProofVerifier() {
	}

	/** Checks that {@code leafHash} is leaf {@code index} of the tree with this root. */
	public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
			throws ProofException {
		requireEqual("root of tree size " + size, root, rootFromInclusionProof(index, size, leafHash, proof));
	}

	/**
	 * The root that an inclusion proof leads to (RFC 9162 §2.1.3.2 steps 1 to 4), to be
	 * compared with a trusted root.
	 */
	public static byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof)
			throws ProofException {
		if (index < 0 || index >= size) {
			throw new ProofException("expected a leaf index in [0, " + size + "), got " + index);
		}
		requireHash("leaf hash", leafHash);
		requireLength("inclusion proof for leaf " + index + " in tree size " + size,
				ProofShapes.inclusionLength(index, size), proof);
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : proof) {
			if ((fn & 1) == 1 || fn == sn) {
				r = TreeHasher.nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = TreeHasher.nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		requireExhausted(sn);
		return r;
	}

	/**
	 * Checks that the tree {@code (size2, root2)} extends the tree
	 * {@code (size1, root1)}.
	 */
	public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
			throws ProofException {
		if (size1 <= 0 || size2 < size1) {
			throw new ProofException(
					"expected tree sizes 0 < size1 <= size2, got size1 " + size1 + " and size2 " + size2);
		}
		if (size1 == size2) {
			requireLength("consistency proof between equal sizes", 0, proof);
			requireEqual("root of tree size " + size2, root1, root2);
			return;
		}
		requireHash("root1", root1);
		requireHash("root2", root2);
		requireLength("consistency proof from tree size " + size1 + " to " + size2,
				ProofShapes.consistencyLength(size1, size2), proof);
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(size1) == 1) {
			path.add(0, root1);
		}
		long fn = size1 - 1;
		long sn = size2 - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = fr;
		for (byte[] c : path.subList(1, path.size())) {
			if ((fn & 1) == 1 || fn == sn) {
				fr = TreeHasher.nodeHash(c, fr);
				sr = TreeHasher.nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = TreeHasher.nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		requireExhausted(sn);
		requireEqual("root of tree size " + size1, root1, fr);
		requireEqual("root of tree size " + size2, root2, sr);
	}

	private static void requireLength(String what, int expected, List<byte[]> proof) throws ProofException {
		if (proof.size() != expected) {
			throw new ProofException("expected " + what + " to hold " + expected + " hashes, got " + proof.size());
		}
		for (int i = 0; i < proof.size(); i++) {
			requireHash("proof hash " + i, proof.get(i));
		}
	}

	private static void requireHash(String what, byte[] hash) throws ProofException {
		if (hash.length != TreeHasher.HASH_LENGTH) {
			throw new ProofException(
					"expected " + what + " of " + TreeHasher.HASH_LENGTH + " bytes, got " + hash.length + " bytes");
		}
	}

	private static void requireExhausted(long sn) throws ProofException {
		if (sn != 0) {
			throw new ProofException("expected the proof to reach the root, but " + sn + " levels remain");
		}
	}

	private static void requireEqual(String what, byte[] expected, byte[] actual) throws ProofException {
		if (!MessageDigest.isEqual(expected, actual)) {
			throw new ProofException("expected " + what + " " + show(expected) + ", computed " + show(actual));
		}
	}

	static String show(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

}
