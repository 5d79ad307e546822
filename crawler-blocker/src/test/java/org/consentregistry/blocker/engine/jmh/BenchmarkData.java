package org.consentregistry.blocker.engine.jmh;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteSigner;

/**
 * Writes the data of {@code src/bench/filter-benchmark.sh} (never committed): a signed
 * snapshot of {@code rules} generated rules, the registry's verifier key, a co-op key
 * (the published W3C test key pair), the listed URLs one a line (for {@code grep -F -f}),
 * and a JSONL manifest of {@code lines} items, one in ten listed.
 * <p>
 * Usage: {@code BenchmarkData <rules> <lines>
 *
<dir>
 * }
 */
public final class BenchmarkData {

	/** The W3C vc-di-eddsa test vectors' secret key: public, for benchmarks only. */
	private static final String TEST_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

	private BenchmarkData() {
	}

	public static void main(String[] args) throws IOException, NoteException {
		long rules = Long.parseLong(args[0]);
		long lines = Long.parseLong(args[1]);
		Path dir = Files.createDirectories(Path.of(args[2]));
		Path snapshot = Files.createDirectories(dir.resolve("snapshot"));
		NoteSigner registry = NoteSigner.generate("benchmark.registry.example/log", new SecureRandom());
		long start = System.nanoTime();
		CompiledRules compiled = BenchmarkRules.compile(rules);
		System.out.printf("compiled %s in %.1f s%n", compiled.counts(), (System.nanoTime() - start) / 1e9);
		new SnapshotWriter(registry).writeFull(compiled,
				new Checkpoint("benchmark.registry.example/log", rules, new byte[32]), Instant.now(), snapshot);
		Files.writeString(dir.resolve("registry-key.txt"), registry.verifier().verifierKey() + "\n");
		Files.writeString(dir.resolve("coop-key.json"),
				"{\"type\":\"Multikey\",\"secretKeyMultibase\":\"" + TEST_SECRET + "\"}\n");
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("urls.txt"), StandardCharsets.UTF_8)) {
			for (long i = 0; i < rules; i++) {
				out.write(BenchmarkRules.url(i, rules));
				out.write('\n');
			}
		}
		Random random = new Random(11);
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
			for (long n = 0; n < lines; n++) {
				long i = Math.floorMod(random.nextLong(), rules);
				String url = (random.nextInt(10) == 0) ? BenchmarkRules.url(i, rules)
						: (random.nextBoolean() ? BenchmarkRules.unlisted(i, rules)
								: "https://host" + i + ".other.example/images/" + n + ".png");
				out.write("{\"id\":" + n + ",\"url\":\"" + url + "\",\"caption\":\"image " + n
						+ "\",\"width\":640,\"height\":480}\n");
			}
		}
		System.out.printf("wrote %d rules and %d manifest lines into %s%n", rules, lines, dir);
	}

}
