package org.consentregistry.registry.log;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.ProofVerifier;
import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.blocker.tlog.SignedNote;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Signing checkpoints: only when the tree changed, persisted across restarts, never one
 * inconsistent with the last, and verifiable after a key rotation.
 */
class CheckpointsTests {

	static final String ORIGIN = LogKeysTests.ORIGIN;

	@TempDir
	Path dir;

	final SecureRandom random = new SecureRandom();

	MerkleStore store;

	@BeforeEach
	void open() throws IOException {
		this.store = MerkleStore.open(this.dir.resolve("tree"));
	}

	@AfterEach
	void close() throws IOException {
		this.store.close();
	}

	@Test
	void signsTheEmptyTreeThenOnlyWhenTheTreeGrew() throws Exception {
		Checkpoints checkpoints = checkpoints();
		assertThat(checkpoints.latest()).isEmpty();
		SignedCheckpoint empty = checkpoints.signIfChanged().orElseThrow();
		assertThat(empty.checkpoint().size()).isZero();
		assertThat(empty.checkpoint().rootHash()).isEqualTo(TreeHasher.emptyRoot());
		assertThat(checkpoints.signIfChanged()).isEmpty();
		TestLeaves.append(this.store, 5);
		SignedCheckpoint five = checkpoints.signIfChanged().orElseThrow();
		assertThat(five.note()).startsWith(ORIGIN + "\n5\n");
		assertThat(checkpoints.sign()).isSameAs(five);
		assertThat(Checkpoint.parse(SignedNote.parse(five.note()).text())).isEqualTo(five.checkpoint());
		assertThat(SignedNote.parse(five.note()).verify(keys().verifiers())).hasSize(1);
	}

	@Test
	void neverCoversEntriesThatAreNotDurableYet() throws Exception {
		java.util.concurrent.atomic.AtomicLong durable = new java.util.concurrent.atomic.AtomicLong(3);
		Checkpoints checkpoints = new Checkpoints(this.store, keys(), ORIGIN, this.dir.resolve("checkpoint"),
				durable::get);
		TestLeaves.append(this.store, 5);
		assertThat(checkpoints.sign().size()).isEqualTo(3);
		assertThat(checkpoints.signIfChanged()).isEmpty();
		assertThatExceptionOfType(CheckpointException.class).isThrownBy(() -> checkpoints.covering(5))
			.withMessageContaining("only 3 are");
		durable.set(5);
		assertThat(checkpoints.covering(5).size()).isEqualTo(5);
	}

	@Test
	void coversASizeWithTheLatestCheckpointOrANewOne() throws Exception {
		Checkpoints checkpoints = checkpoints();
		TestLeaves.append(this.store, 3);
		SignedCheckpoint three = checkpoints.covering(3);
		assertThat(checkpoints.covering(2)).isSameAs(three);
		TestLeaves.append(this.store, 2);
		assertThat(checkpoints.covering(4).size()).isEqualTo(5);
	}

	@Test
	void receiptsVerifyWithThePublishedKeys() throws Exception {
		Checkpoints checkpoints = checkpoints();
		TestLeaves.append(this.store, 2);
		byte[] leaf = "the third entry".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.store.append(TreeHasher.leafHash(leaf));
		Receipt receipt = checkpoints.receipt(2, leaf);
		Checkpoint checkpoint = Receipt.parse(receipt.toJson()).verify(keys().verifiers());
		assertThat(checkpoint.size()).isEqualTo(3);
		assertThat(checkpoints.receipt(0, "entry 0".getBytes(java.nio.charset.StandardCharsets.UTF_8)).checkpoint())
			.isEqualTo(receipt.checkpoint());
	}

	@Test
	void aRestartContinuesFromTheLastCheckpoint() throws Exception {
		TestLeaves.append(this.store, 7);
		SignedCheckpoint signed = checkpoints().sign();
		this.store.close();
		this.store = MerkleStore.open(this.dir.resolve("tree"));
		Checkpoints restarted = checkpoints();
		assertThat(restarted.latest()).contains(signed);
		TestLeaves.append(this.store, 3);
		SignedCheckpoint ten = restarted.sign();
		ProofVerifier.verifyConsistency(7, 10, this.store.consistencyProof(7, 10), signed.checkpoint().rootHash(),
				ten.checkpoint().rootHash());
	}

	@Test
	void aTornCheckpointFileIsIgnoredButOneSignedByAnUnknownKeyStopsTheStart() throws Exception {
		TestLeaves.append(this.store, 3);
		checkpoints().sign();
		java.nio.file.Files.writeString(this.dir.resolve("checkpoint"), "registry.example/log\n3\n");
		Checkpoints restarted = checkpoints();
		assertThat(restarted.latest()).isEmpty();
		assertThat(restarted.sign().size()).isEqualTo(3);
		LogKeys other = LogKeys.load(this.dir.resolve("other-keys"), ORIGIN, this.random);
		java.nio.file.Files.writeString(this.dir.resolve("checkpoint"),
				other.signer().sign(new Checkpoint(ORIGIN, 3, this.store.root(3)).text()).encode());
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(this::checkpoints)
			.withMessageContaining("expected a checkpoint signed by a log key");
	}

	@Test
	void refusesToSignATreeInconsistentWithTheLastCheckpointAndStops() throws Exception {
		Checkpoints checkpoints = checkpoints();
		TestLeaves.append(this.store, 6);
		SignedCheckpoint six = checkpoints.sign();
		this.store.truncate(4);
		for (long i = 4; i < 8; i++) {
			this.store.append(TestLeaves.otherLeafHash(i));
		}
		assertThatExceptionOfType(CheckpointException.class).isThrownBy(checkpoints::sign)
			.withMessageContaining("not consistent with the last signed checkpoint of size 6")
			.withMessageContaining("expected root of tree size 6");
		assertThat(checkpoints.halted()).isPresent();
		assertThat(checkpoints.latest()).contains(six);
		assertThatExceptionOfType(CheckpointException.class).isThrownBy(checkpoints::signIfChanged)
			.withMessageStartingWith("signing stopped");
	}

	@Test
	void refusesToSignATreeShorterThanTheLastCheckpoint() throws Exception {
		Checkpoints checkpoints = checkpoints();
		TestLeaves.append(this.store, 6);
		checkpoints.sign();
		this.store.truncate(5);
		assertThatExceptionOfType(CheckpointException.class).isThrownBy(checkpoints::sign)
			.withMessageContaining("expected a tree of at least 6 leaves");
	}

	@Test
	void afterAKeyRotationSignsWithTheNewKeyWhileOldCheckpointsStillVerify() throws Exception {
		TestLeaves.append(this.store, 4);
		SignedCheckpoint old = checkpoints().sign();
		LogKeys rotated = LogKeys.rotate(this.dir.resolve("keys"), ORIGIN, this.random);
		Checkpoints restarted = checkpoints();
		SignedCheckpoint resigned = restarted.sign();
		assertThat(resigned.size()).isEqualTo(4);
		assertThat(resigned.note()).isNotEqualTo(old.note());
		assertThat(SignedNote.parse(resigned.note()).verify(List.of(rotated.signer().verifier()))).hasSize(1);
		assertThat(SignedNote.parse(old.note()).verify(rotated.verifiers())).hasSize(1);
	}

	private Checkpoints checkpoints() throws IOException {
		return new Checkpoints(this.store, keys(), ORIGIN, this.dir.resolve("checkpoint"));
	}

	private LogKeys keys() throws IOException {
		return LogKeys.load(this.dir.resolve("keys"), ORIGIN, this.random);
	}

}
