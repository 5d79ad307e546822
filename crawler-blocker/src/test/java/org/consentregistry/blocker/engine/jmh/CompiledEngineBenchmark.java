package org.consentregistry.blocker.engine.jmh;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.DecisionBatch;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * URL decisions per second of {@link CompiledRules#decide} on one thread over
 * {@code rules} generated exact-URL rules (plus domain and prefix records), normalisation
 * included, and in the same run the baseline: {@code HashSet<String>.contains} over the
 * same URLs, pre-normalised, on a set of the same listed URLs; and the same decisions
 * made {@link DecisionBatch#CAPACITY} at a time. Set-up prints the bytes per exact rule
 * of the compiled tables and filter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms6g", "-Xmx6g", "-XX:+UseParallelGC" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class CompiledEngineBenchmark {

	private static final int QUERIES = 1 << 16;

	private static final Instant AT = Instant.parse("2026-11-26T00:00:00Z");

	@Param("10000000")
	public long rules;

	private CompiledRules compiled;

	private Query[] queries;

	private Set<String> baseline;

	private String[] normalised;

	private int next;

	private final DecisionBatch batch = new DecisionBatch();

	@Setup
	public void generate() throws UrlFormatException {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		this.compiled = BenchmarkRules.compile(this.rules);
		System.gc();
		long after = runtime.totalMemory() - runtime.freeMemory();
		CompiledRules.Counts counts = this.compiled.counts();
		System.out.printf(Locale.ROOT,
				"%ncompiled %s: exact tables and filter %.2f bytes per exact rule; heap growth %.2f bytes per exact rule%n",
				counts, (double) this.compiled.exactBytes() / counts.exactUrls(),
				(double) (after - before) / counts.exactUrls());
		String[] urls = BenchmarkRules.queries(QUERIES, this.rules, 7);
		this.queries = new Query[QUERIES];
		this.normalised = new String[QUERIES];
		for (int q = 0; q < QUERIES; q++) {
			this.queries[q] = new Query(urls[q], Purpose.AI_TRAIN, null, null, AT);
			this.normalised[q] = UrlNormalizer.normalize(urls[q]);
		}
		this.baseline = new HashSet<>((int) (this.rules / 0.75f) + 1);
		for (long i = 0; i < this.rules; i++) {
			this.baseline.add(BenchmarkRules.url(i, this.rules));
		}
	}

	/** One decision for the next raw URL: normalisation, lookups, combining, evidence. */
	@Benchmark
	public Decision decide() throws UrlFormatException {
		return this.compiled.decide(this.queries[this.next++ & (QUERIES - 1)]);
	}

	/**
	 * {@link DecisionBatch#CAPACITY} decisions of the next raw URLs, decided as one batch
	 * ({@link CompiledRules#decide(DecisionBatch)}): normalisation, lookups, combining,
	 * evidence; every decision consumed. Scored per decision.
	 */
	@Benchmark
	@OperationsPerInvocation(DecisionBatch.CAPACITY)
	public void decideBatch(Blackhole blackhole) throws UrlFormatException {
		DecisionBatch batch = this.batch;
		batch.clear();
		for (int i = 0; i < DecisionBatch.CAPACITY; i++) {
			batch.add(this.queries[this.next++ & (QUERIES - 1)]);
		}
		this.compiled.decide(batch);
		for (int i = 0; i < DecisionBatch.CAPACITY; i++) {
			blackhole.consume(batch.decision(i));
		}
	}

	/**
	 * The baseline: membership of the next pre-normalised URL in a HashSet of the rules.
	 */
	@Benchmark
	public boolean hashSetContains() {
		return this.baseline.contains(this.normalised[this.next++ & (QUERIES - 1)]);
	}

}
