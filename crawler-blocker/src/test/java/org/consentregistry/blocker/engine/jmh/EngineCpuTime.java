package org.consentregistry.blocker.engine.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.DecisionBatch;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;

/**
 * The same measurement as {@link CompiledEngineBenchmark}, for a busy machine: CPU time
 * of this thread per operation rather than wall time, with {@code decide} and the
 * {@code HashSet<String>.contains} baseline interleaved in short rounds, so that both see
 * the same load. Prints the median CPU nanoseconds per operation of each, the decisions
 * per CPU-second, and the ratio; then the same decisions made
 * {@link DecisionBatch#CAPACITY} at a time. Arguments: rules (10,000,000), rounds (40).
 */
public final class EngineCpuTime {

	private static final int QUERIES = 1 << 16;

	private static final Instant AT = Instant.parse("2026-11-26T00:00:00Z");

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static long sink;

	private EngineCpuTime() {
	}

	private static long decideBatch(CompiledRules compiled, Query[] queries, int from, DecisionBatch batch)
			throws UrlFormatException {
		batch.clear();
		for (int i = 0; i < DecisionBatch.CAPACITY; i++) {
			batch.add(queries[(from + i) & (QUERIES - 1)]);
		}
		compiled.decide(batch);
		long sum = 0;
		for (int i = 0; i < DecisionBatch.CAPACITY; i++) {
			sum += batch.decision(i).evidence().size();
		}
		return sum;
	}

	public static void main(String[] args) throws UrlFormatException {
		long rules = (args.length > 0) ? Long.parseLong(args[0]) : 10_000_000L;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		CompiledRules compiled = BenchmarkRules.compile(rules);
		String[] urls = BenchmarkRules.queries(QUERIES, rules, 7);
		Query[] queries = new Query[QUERIES];
		String[] normalised = new String[QUERIES];
		for (int q = 0; q < QUERIES; q++) {
			queries[q] = new Query(urls[q], Purpose.AI_TRAIN, null, null, AT);
			normalised[q] = UrlNormalizer.normalize(urls[q]);
		}
		Set<String> baseline = new HashSet<>((int) (rules / 0.75f) + 1);
		for (long i = 0; i < rules; i++) {
			baseline.add(BenchmarkRules.url(i, rules));
		}
		int ops = 1 << 20;
		double[] decide = new double[rounds];
		double[] contains = new double[rounds];
		double[] batched = new double[rounds];
		DecisionBatch batch = new DecisionBatch();
		for (int r = -5; r < rounds; r++) {
			long start = THREADS.getCurrentThreadCpuTime();
			for (int i = 0; i < ops; i++) {
				sink += compiled.decide(queries[i & (QUERIES - 1)]).evidence().size();
			}
			long middle = THREADS.getCurrentThreadCpuTime();
			for (int i = 0; i < ops; i++) {
				sink += baseline.contains(normalised[i & (QUERIES - 1)]) ? 1 : 0;
			}
			long end = THREADS.getCurrentThreadCpuTime();
			for (int i = 0; i < ops; i += DecisionBatch.CAPACITY) {
				sink += decideBatch(compiled, queries, i, batch);
			}
			long last = THREADS.getCurrentThreadCpuTime();
			if (r >= 0) {
				decide[r] = (double) (middle - start) / ops;
				contains[r] = (double) (end - middle) / ops;
				batched[r] = (double) (last - end) / ops;
			}
		}
		Arrays.sort(decide);
		Arrays.sort(contains);
		Arrays.sort(batched);
		double d = decide[rounds / 2];
		double c = contains[rounds / 2];
		System.out.printf(Locale.ROOT,
				"rules %d, %d rounds of %d ops: decide median %.1f CPU-ns/op (%.0f decisions per CPU-second,"
						+ " quartiles %.1f..%.1f); HashSet.contains median %.1f CPU-ns/op (%.0f/CPU-s); ratio %.2f (%d)%n",
				rules, rounds, ops, d, 1e9 / d, decide[rounds / 4], decide[3 * rounds / 4], c, 1e9 / c, c / d,
				sink & 1);
		double b = batched[rounds / 2];
		System.out.printf(Locale.ROOT,
				"decide in batches of %d: median %.1f CPU-ns/op (%.0f decisions per CPU-second, quartiles %.1f..%.1f);"
						+ " ratio to HashSet.contains %.2f%n",
				DecisionBatch.CAPACITY, b, 1e9 / b, batched[rounds / 4], batched[3 * rounds / 4], c / b);
	}

}
