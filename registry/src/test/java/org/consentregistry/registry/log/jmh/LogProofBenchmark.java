package org.consentregistry.registry.log.jmh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.consentregistry.blocker.tlog.ProofVerifier;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.consentregistry.registry.log.MerkleStore;

/**
 * Inclusion and consistency proof generation from the file-backed {@link MerkleStore} of
 * a log of 10 million entries, built in a temporary directory at setup and deleted after.
 * Run as described in {@code docs/benchmarks.md} ("Transparency log").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LogProofBenchmark {

	@Param("10000000")
	public long entries;

	private Path directory;

	private MerkleStore store;

	@Setup
	public void setUp() throws Exception {
		this.directory = Files.createTempDirectory("log-proof-benchmark");
		this.store = MerkleStore.open(this.directory);
		long started = System.nanoTime();
		ByteBuffer data = ByteBuffer.allocate(Long.BYTES);
		for (long i = 0; i < this.entries; i++) {
			this.store.append(TreeHasher.leafHash(data.putLong(0, i).array()));
		}
		this.store.force();
		System.out.printf("%nbuilt a log of %d entries in %.1f s%n", this.entries, (System.nanoTime() - started) / 1e9);
		reportProofSizes();
	}

	private void reportProofSizes() throws Exception {
		long n = this.entries;
		byte[] root = this.store.root(n);
		long inclusion = 0;
		long consistency = 0;
		int samples = 1000;
		for (int i = 0; i < samples; i++) {
			long index = ThreadLocalRandom.current().nextLong(n);
			List<byte[]> proof = this.store.inclusionProof(index, n);
			ProofVerifier.verifyInclusion(index, n, this.store.leafHash(index), proof, root);
			inclusion += proof.size();
			long m = 1 + ThreadLocalRandom.current().nextLong(n - 1);
			List<byte[]> between = this.store.consistencyProof(m, n);
			ProofVerifier.verifyConsistency(m, n, between, this.store.root(m), root);
			consistency += between.size();
		}
		System.out.printf(
				"log2(n) = %.1f; mean proof size over %d random proofs (all verified): inclusion %.1f "
						+ "hashes, consistency %.1f hashes%n",
				Math.log(n) / Math.log(2), samples, (double) inclusion / samples, (double) consistency / samples);
	}

	@TearDown
	public void tearDown() throws IOException {
		this.store.close();
		try (Stream<Path> files = Files.walk(this.directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** The inclusion proof of a random entry in the whole log. */
	@Benchmark
	public List<byte[]> inclusionProof() {
		long index = ThreadLocalRandom.current().nextLong(this.entries);
		return this.store.inclusionProof(index, this.entries);
	}

	/** The consistency proof from a random earlier size to the whole log. */
	@Benchmark
	public List<byte[]> consistencyProof() {
		long from = 1 + ThreadLocalRandom.current().nextLong(this.entries - 1);
		return this.store.consistencyProof(from, this.entries);
	}

}
