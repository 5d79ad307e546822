package org.consentregistry.blocker.tlog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Proof generation against a brute-force tree (RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1) for
 * every tree size 1..64 and every index or size pair.
 */
class ProofBuilderTests {

	private static final int MAX_SIZE = 64;

	private final MemoryTree tree = MemoryTree.ofSize(MAX_SIZE);

	private final ProofBuilder builder = new ProofBuilder(this.tree);

	@Test
	void rootsEqualTheSpecsTreeHashForEverySize() {
		assertThat(this.builder.root(0)).isEqualTo(TreeHasher.emptyRoot());
		for (int n = 1; n <= MAX_SIZE; n++) {
			assertThat(this.builder.root(n)).as("root of size %d", n).isEqualTo(this.tree.mth(0, n));
		}
	}

	@Test
	void inclusionProofsEqualTheSpecsPathAndVerifyForEveryIndexAndSize() throws ProofException {
		for (int n = 1; n <= MAX_SIZE; n++) {
			for (int i = 0; i < n; i++) {
				List<byte[]> proof = this.builder.inclusionProof(i, n);
				assertThat(proof).as("proof of %d in %d", i, n).containsExactlyElementsOf(this.tree.path(i, 0, n));
				ProofVerifier.verifyInclusion(i, n, this.tree.hash(0, i), proof, this.tree.mth(0, n));
			}
		}
	}

	@Test
	void consistencyProofsEqualTheSpecsProofAndVerifyForEverySizePair() throws ProofException {
		for (int n = 1; n <= MAX_SIZE; n++) {
			for (int m = 1; m <= n; m++) {
				List<byte[]> proof = this.builder.consistencyProof(m, n);
				assertThat(proof).as("proof from %d to %d", m, n)
					.containsExactlyElementsOf(this.tree.subproof(m, 0, n, true));
				ProofVerifier.verifyConsistency(m, n, proof, this.tree.mth(0, m), this.tree.mth(0, n));
			}
		}
	}

	@Test
	void proofsOfALargeTreeTakeLogarithmicallyManyLookups() {
		MemoryTree large = MemoryTree.ofSize(5000);
		ProofBuilder proofs = new ProofBuilder(large);
		int log2 = 13;
		for (long n : new long[] { 4095, 4097, 4999, 5000 }) {
			for (long i : new long[] { 0, 1, n / 2, n - 2, n - 1 }) {
				large.lookups = 0;
				proofs.inclusionProof(i, n);
				assertThat(large.lookups).as("lookups for leaf %d of %d", i, n).isLessThanOrEqualTo(2 * log2 + 1);
				large.lookups = 0;
				proofs.consistencyProof(i + 1, n);
				assertThat(large.lookups).as("lookups from %d to %d", i + 1, n).isLessThanOrEqualTo(3 * log2 + 1);
			}
		}
	}

	@Test
	void aSubtreeCacheGivesTheSameProofsWithFewerLookups() throws ProofException {
		MemoryTree large = MemoryTree.ofSize(5000);
		ProofBuilder cached = new ProofBuilder(large, new SubtreeCache(64));
		ProofBuilder plain = new ProofBuilder(large);
		for (long n : new long[] { 4999, 3001, 4999 }) {
			for (long i = 0; i < n; i += 7) {
				assertThat(cached.inclusionProof(i, n)).containsExactlyElementsOf(plain.inclusionProof(i, n));
				assertThat(cached.consistencyProof(i + 1, n))
					.containsExactlyElementsOf(plain.consistencyProof(i + 1, n));
			}
			assertThat(cached.root(n)).isEqualTo(plain.root(n));
		}
		large.lookups = 0;
		cached.inclusionProof(0, 4999);
		int withCache = large.lookups;
		large.lookups = 0;
		plain.inclusionProof(0, 4999);
		assertThat(withCache).isLessThan(large.lookups);
	}

	@Test
	void refusesSizesBeyondTheTreeAndIndexesBeyondTheSize() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.builder.root(MAX_SIZE + 1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.builder.inclusionProof(5, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.builder.inclusionProof(-1, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.builder.consistencyProof(0, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.builder.consistencyProof(6, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.builder.consistencyProof(5, MAX_SIZE + 1));
		assertThatNoException().isThrownBy(() -> this.builder.consistencyProof(MAX_SIZE, MAX_SIZE));
	}

}
