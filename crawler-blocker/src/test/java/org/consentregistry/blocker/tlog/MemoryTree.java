package org.consentregistry.blocker.tlog;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Test fixture: an in-memory tree that keeps every complete subtree hash, the way a store
 * does, and a brute-force RFC 9162 §2.1.1 MTH, PATH and PROOF straight from the spec's
 * recursive definitions.
 */
final class MemoryTree implements TreeHashes {

	/** The leaves of the RFC 6962 test tree that the transparency-dev vectors use. */
	static final List<byte[]> RFC6962_LEAVES = List.of(new byte[0], hex("00"), hex("10"), hex("2021"), hex("3031"),
			hex("40414243"), hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

	private final List<List<byte[]>> levels = new ArrayList<>();

	int lookups;

	MemoryTree(List<byte[]> leaves) {
		this.levels.add(new ArrayList<>());
		leaves.forEach((leaf) -> append(TreeHasher.leafHash(leaf)));
	}

	static MemoryTree ofSize(int size) {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			leaves.add(("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		return new MemoryTree(leaves);
	}

	void append(byte[] leafHash) {
		byte[] hash = leafHash;
		for (int level = 0;; level++) {
			if (this.levels.size() == level) {
				this.levels.add(new ArrayList<>());
			}
			List<byte[]> row = this.levels.get(level);
			row.add(hash);
			if (row.size() % 2 == 1) {
				return;
			}
			hash = TreeHasher.nodeHash(row.get(row.size() - 2), hash);
		}
	}

	@Override
	public long size() {
		return this.levels.get(0).size();
	}

	@Override
	public byte[] hash(int level, long index) {
		this.lookups++;
		return this.levels.get(level).get(Math.toIntExact(index));
	}

	/** RFC 9162 §2.1.1 MTH over leaf hashes [start, end). */
	byte[] mth(int start, int end) {
		if (end - start == 1) {
			return this.levels.get(0).get(start);
		}
		int k = Integer.highestOneBit(end - start - 1);
		return TreeHasher.nodeHash(mth(start, start + k), mth(start + k, end));
	}

	/** RFC 9162 §2.1.3.1 PATH(m, D[start:end]). */
	List<byte[]> path(int m, int start, int end) {
		List<byte[]> path = new ArrayList<>();
		if (end - start > 1) {
			int k = Integer.highestOneBit(end - start - 1);
			if (m < k) {
				path.addAll(path(m, start, start + k));
				path.add(mth(start + k, end));
			}
			else {
				path.addAll(path(m - k, start + k, end));
				path.add(mth(start, start + k));
			}
		}
		return path;
	}

	/** RFC 9162 §2.1.4.1 SUBPROOF(m, D[start:end], b). */
	List<byte[]> subproof(int m, int start, int end, boolean b) {
		List<byte[]> proof = new ArrayList<>();
		int n = end - start;
		if (m == n) {
			if (!b) {
				proof.add(mth(start, end));
			}
			return proof;
		}
		int k = Integer.highestOneBit(n - 1);
		if (m <= k) {
			proof.addAll(subproof(m, start, start + k, b));
			proof.add(mth(start + k, end));
		}
		else {
			proof.addAll(subproof(m - k, start + k, end, false));
			proof.add(mth(start, start + k));
		}
		return proof;
	}

	static byte[] hex(String hex) {
		return HexFormat.of().parseHex(hex);
	}

}
