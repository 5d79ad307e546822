package org.consentregistry.registry.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.consentregistry.blocker.tlog.ProofException;
import org.consentregistry.blocker.tlog.ProofVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The file-backed Merkle tree: roots and proofs as RFC 9162 defines them, across memory
 * map chunks, after reopening, after a crash and after truncation, with concurrent reads.
 */
class MerkleStoreTests {

	// more leaves than one chunk of leaf hashes holds, so full chunks are memory-mapped
	private static final int LEAVES = 3 * 8192 + 77;

	@TempDir
	Path dir;

	@Test
	void rootsAndProofsMatchTheSpecsTreeAcrossChunks() throws Exception {
		List<byte[]> leaves = new ArrayList<>();
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			for (int i = 0; i < LEAVES; i++) {
				leaves.add(TestLeaves.leafHash(i));
				assertThat(store.append(leaves.get(i))).isEqualTo(i);
			}
			assertThat(store.size()).isEqualTo(LEAVES);
			for (int size : new int[] { 0, 1, 2, 3, 8191, 8192, 8193, 16384, 20000, LEAVES }) {
				assertThat(store.root(size)).as("root of %d", size).isEqualTo(TestLeaves.mth(leaves, 0, size));
			}
			verifyProofs(store, LEAVES);
			assertThat(store.leafHash(8200)).isEqualTo(leaves.get(8200));
		}
	}

	@Test
	void reopensWithTheSameTree() throws Exception {
		byte[] root;
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			TestLeaves.append(store, 9000);
			store.force();
			root = store.root(9000);
		}
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			assertThat(store.size()).isEqualTo(9000);
			assertThat(store.root(9000)).isEqualTo(root);
			TestLeaves.append(store, 1000);
			verifyProofs(store, 10000);
		}
	}

	@Test
	void repairsPartialHashesAndMissingParentsAfterACrash() throws Exception {
		byte[] root;
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			TestLeaves.append(store, 1000);
			root = store.root(1000);
		}
		try (FileChannel leaves = FileChannel.open(this.dir.resolve("level-00"), StandardOpenOption.WRITE)) {
			leaves.truncate(1000 * 32L + 17);
		}
		try (FileChannel level3 = FileChannel.open(this.dir.resolve("level-03"), StandardOpenOption.WRITE)) {
			level3.truncate(5 * 32L);
		}
		Files.delete(this.dir.resolve("level-05"));
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			assertThat(store.size()).isEqualTo(1000);
			assertThat(store.root(1000)).isEqualTo(root);
			verifyProofs(store, 1000);
		}
	}

	@Test
	void truncateDropsLeavesAndTheirParentsSoTheJournalCanAppendAgain() throws Exception {
		List<byte[]> leaves = new ArrayList<>();
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			TestLeaves.append(store, 9000);
			verifyProofs(store, 8500);
			store.truncate(8190);
			assertThat(store.size()).isEqualTo(8190);
			for (int i = 0; i < 8190; i++) {
				leaves.add(TestLeaves.leafHash(i));
			}
			for (int i = 8190; i < 8500; i++) {
				leaves.add(TestLeaves.otherLeafHash(i));
				store.append(leaves.get(i));
			}
			assertThat(store.root(8500)).isEqualTo(TestLeaves.mth(leaves, 0, 8500));
			verifyProofs(store, 8500);
		}
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			assertThat(store.root(8500)).isEqualTo(TestLeaves.mth(leaves, 0, 8500));
		}
	}

	@Test
	void servesProofsWhileOneThreadAppends() throws Exception {
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			TestLeaves.append(store, 1);
			AtomicReference<Throwable> failure = new AtomicReference<>();
			List<Thread> readers = new ArrayList<>();
			for (int r = 0; r < 2; r++) {
				Thread reader = new Thread(() -> {
					try {
						while (store.size() < LEAVES) {
							long size = store.size();
							long index = ThreadLocalRandom.current().nextLong(size);
							ProofVerifier.verifyInclusion(index, size, TestLeaves.leafHash(index),
									store.inclusionProof(index, size), store.root(size));
						}
					}
					catch (Throwable ex) {
						failure.compareAndSet(null, ex);
					}
				});
				reader.start();
				readers.add(reader);
			}
			TestLeaves.append(store, LEAVES - 1);
			for (Thread reader : readers) {
				reader.join();
			}
			assertThat(failure.get()).isNull();
		}
	}

	@Test
	void refusesProofsBeyondItsSize() throws IOException {
		try (MerkleStore store = MerkleStore.open(this.dir)) {
			TestLeaves.append(store, 10);
			assertThatIllegalArgumentException().isThrownBy(() -> store.root(11));
			assertThatIllegalArgumentException().isThrownBy(() -> store.inclusionProof(10, 10));
			assertThatIllegalArgumentException().isThrownBy(() -> store.consistencyProof(5, 11));
			assertThatIllegalArgumentException().isThrownBy(() -> store.leafHash(10));
			assertThatIllegalArgumentException().isThrownBy(() -> store.append(new byte[31]));
		}
	}

	private static void verifyProofs(MerkleStore store, long size) throws ProofException {
		byte[] root = store.root(size);
		for (long index = 0; index < size; index += 97) {
			ProofVerifier.verifyInclusion(index, size, store.leafHash(index), store.inclusionProof(index, size), root);
		}
		for (long m = 1; m < size; m += 89) {
			ProofVerifier.verifyConsistency(m, size, store.consistencyProof(m, size), store.root(m), root);
		}
	}

}
