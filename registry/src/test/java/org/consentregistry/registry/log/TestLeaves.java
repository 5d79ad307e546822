package org.consentregistry.registry.log;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.consentregistry.blocker.tlog.TreeHasher;

/**
 * Test fixtures: leaf hashes and a brute-force RFC 9162 §2.1.1 Merkle tree hash.
 */
final class TestLeaves {

	private TestLeaves() {
	}

	static byte[] leafHash(long index) {
		return TreeHasher.leafHash(("entry " + index).getBytes(StandardCharsets.UTF_8));
	}

	static byte[] otherLeafHash(long index) {
		return TreeHasher.leafHash(("other entry " + index).getBytes(StandardCharsets.UTF_8));
	}

	static void append(MerkleStore store, long count) throws java.io.IOException {
		for (long i = store.size(), end = store.size() + count; i < end; i++) {
			store.append(leafHash(i));
		}
	}

	/** MTH(D[start:end]) over the leaf hashes. */
	static byte[] mth(List<byte[]> leaves, int start, int end) {
		if (end - start == 0) {
			return TreeHasher.emptyRoot();
		}
		if (end - start == 1) {
			return leaves.get(start);
		}
		int k = Integer.highestOneBit(end - start - 1);
		return TreeHasher.nodeHash(mth(leaves, start, start + k), mth(leaves, start + k, end));
	}

}
