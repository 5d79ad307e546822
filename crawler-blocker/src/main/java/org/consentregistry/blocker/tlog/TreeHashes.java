package org.consentregistry.blocker.tlog;

/**
 * Read access to the hashes of the complete (perfect) subtrees of an append-only Merkle
 * tree, the only storage {@link ProofBuilder} needs.
 */
public interface TreeHashes {

	/** The number of leaves in the tree. */
	long size();

	/**
	 * The hash of the complete subtree at {@code level} (0 = leaf hashes) and
	 * {@code index}, covering leaves {@code [index * 2^level, (index + 1) * 2^level)};
	 * callers only ask for subtrees that lie wholly within {@link #size()} leaves.
	 */
	byte[] hash(int level, long index);

}
