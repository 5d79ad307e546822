package org.consentregistry.blocker.tlog;

/**
 * The number of hashes that RFC 9162 proofs hold for given tree sizes.
 */
final class ProofShapes {

	private ProofShapes() {
	}

	/** Length of the inclusion proof of leaf {@code index} in a tree of {@code size}. */
	static int inclusionLength(long index, long size) {
		int inner = inner(index, size);
		return inner + Long.bitCount(index >>> inner);
	}

	/**
	 * Length of the consistency proof from {@code size1} to {@code size2}, 0 < size1 <
	 * size2.
	 */
	static int consistencyLength(long size1, long size2) {
		int inner = inner(size1 - 1, size2);
		int border = Long.bitCount((size1 - 1) >>> inner);
		int shift = Long.numberOfTrailingZeros(size1);
		int seed = (Long.bitCount(size1) == 1) ? 0 : 1;
		return seed + (inner - shift) + border;
	}

	/**
	 * Levels at which the path of leaf {@code index} has a left or right sibling inside.
	 */
	private static int inner(long index, long size) {
		return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
	}

}
