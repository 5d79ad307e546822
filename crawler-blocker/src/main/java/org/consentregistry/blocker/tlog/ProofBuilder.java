package org.consentregistry.blocker.tlog;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds roots, inclusion proofs (RFC 9162 §2.1.3.1) and consistency proofs (§2.1.4.1)
 * from the hashes of complete subtrees. A subtree on the right edge of a tree that is not
 * complete is folded from the complete subtrees it consists of, so every answer takes
 * O(log n) lookups and at most O(log² n) hash computations.
 */
public final class ProofBuilder {

	private final TreeHashes hashes;

	private final @Nullable SubtreeCache cache;

	public ProofBuilder(TreeHashes hashes) {
		this(hashes, null);
	}

	/**
	 * A builder that keeps the hashes of incomplete right-edge subtrees in {@code cache},
	 * valid as long as the tree only grows.
	 */
	public ProofBuilder(TreeHashes hashes, @Nullable SubtreeCache cache) {
		this.hashes = hashes;
		this.cache = cache;
	}

	/** The root of the tree made of the first {@code size} leaves. */
	public byte[] root(long size) {
		requireSize(size);
		return (size == 0) ? TreeHasher.emptyRoot() : rangeHash(0, size);
	}

	/** The inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
	public List<byte[]> inclusionProof(long index, long size) {
		requireSize(size);
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("expected a leaf index in [0, " + size + "), got " + index);
		}
		List<byte[]> proof = new ArrayList<>(ProofShapes.inclusionLength(index, size));
		long start = 0;
		long end = size;
		List<byte[]> siblings = new ArrayList<>();
		while (end - start > 1) {
			long split = start + largestPowerOfTwoBelow(end - start);
			if (index < split) {
				siblings.add(rangeHash(split, end));
				end = split;
			}
			else {
				siblings.add(rangeHash(start, split));
				start = split;
			}
		}
		for (int i = siblings.size() - 1; i >= 0; i--) {
			proof.add(siblings.get(i));
		}
		return proof;
	}

	/**
	 * The consistency proof from the tree of {@code size1} leaves to the tree of
	 * {@code size2} leaves, 0 < size1 <= size2 (empty when the sizes are equal).
	 */
	public List<byte[]> consistencyProof(long size1, long size2) {
		requireSize(size2);
		if (size1 <= 0 || size1 > size2) {
			throw new IllegalArgumentException(
					"expected tree sizes 0 < size1 <= size2, got size1 " + size1 + " and size2 " + size2);
		}
		List<byte[]> reversed = new ArrayList<>();
		long start = 0;
		long end = size2;
		boolean complete = true;
		while (size1 != end) {
			long split = start + largestPowerOfTwoBelow(end - start);
			if (size1 <= split) {
				reversed.add(rangeHash(split, end));
				end = split;
			}
			else {
				reversed.add(rangeHash(start, split));
				start = split;
				complete = false;
			}
		}
		if (!complete) {
			reversed.add(rangeHash(start, end));
		}
		List<byte[]> proof = new ArrayList<>(reversed.size());
		for (int i = reversed.size() - 1; i >= 0; i--) {
			proof.add(reversed.get(i));
		}
		return proof;
	}

	/**
	 * The Merkle tree hash of leaves {@code [start, end)}, a subtree of the tree: either
	 * complete, or on the right edge and folded from right to left out of complete
	 * subtrees of decreasing size.
	 */
	private byte[] rangeHash(long start, long end) {
		long count = end - start;
		int level = Long.numberOfTrailingZeros(Long.highestOneBit(count));
		byte[] left = this.hashes.hash(level, start >>> level);
		if (count == (1L << level)) {
			return left;
		}
		byte[] cached = (this.cache != null) ? this.cache.get(start, end) : null;
		if (cached != null) {
			return cached;
		}
		byte[] hash = TreeHasher.nodeHash(left, rangeHash(start + (1L << level), end));
		if (this.cache != null) {
			this.cache.put(start, end, hash);
		}
		return hash;
	}

	private void requireSize(long size) {
		long available = this.hashes.size();
		if (size < 0 || size > available) {
			throw new IllegalArgumentException("expected a tree size in [0, " + available + "], got " + size);
		}
	}

	/** The largest power of two strictly less than {@code n}, n > 1. */
	private static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

}
