package org.consentregistry.blocker.policy.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ConsentRules;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.url.UrlFormatException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second of {@link ConsentRules#decide} on one thread, over an index of
 * generated records (never committed: generated from a fixed seed at set-up). Queries are
 * random URLs: a third hit an exact URL, a third fall under a known site (prefix and
 * domain records), a third miss entirely; one in ten is spelled un-normalised and one in
 * ten is a SHA-256.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms4g", "-Xmx4g" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class DecisionEngineBenchmark {

	private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

	private static final int QUERIES = 1 << 14;

	@Param("1000000")
	public int records;

	private ConsentRules rules;

	private Query[] queries;

	private ConsentRecord[] replacements;

	private ConsentRules updated;

	private int next;

	@Setup
	public void generate() {
		Random random = new Random(42);
		int sites = Math.max(1, this.records / 20);
		List<ConsentRecord> generated = new ArrayList<>(this.records);
		List<String> urls = new ArrayList<>(this.records);
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < this.records; i++) {
			String site = "site" + random.nextInt(sites) + ".example";
			String url = "https://" + site + "/works/" + i + ".jpg";
			List<Identifier> identifiers = new ArrayList<>(3);
			identifiers.add(new Identifier.ExactUrl(url));
			switch (random.nextInt(10)) {
				case 0 -> identifiers.add(new Identifier.UrlPrefix("https://" + site + "/works/"));
				case 1 -> identifiers.add(new Identifier.UrlPrefix("https://" + site + "/works/" + i));
				case 2 -> identifiers.add(new Identifier.Domain(site, random.nextBoolean()));
				case 3, 4 -> {
					String hash = sha256(random);
					hashes.add(hash);
					identifiers.add(new Identifier.Sha256(hash));
				}
				default -> {
				}
			}
			generated.add(new ConsentRecord("urn:uuid:" + i, "did:key:z6Mk" + random.nextInt(this.records / 10 + 1),
					identifiers, rules(random), Instant.parse("2026-01-01T00:00:00Z"), null, null, null));
			urls.add(url);
		}
		this.rules = ConsentRules.compile(generated, (issuer, identifier) -> (issuer.hashCode() & 1) == 0);
		this.updated = this.rules;
		this.replacements = new ConsentRecord[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			ConsentRecord old = generated.get(random.nextInt(generated.size()));
			this.replacements[i] = new ConsentRecord(old.recordId(), old.issuer(), old.identifiers(), old.rules(),
					old.effectiveFrom(), AT, null, null);
		}
		this.queries = queries(random, urls, hashes, sites);
	}

	/** One decision for the next random query. */
	@Benchmark
	public Decision decide() throws UrlFormatException {
		return this.rules.decide(this.queries[this.next++ & (QUERIES - 1)]);
	}

	/**
	 * Replacing a record of the index, as the registry does when a credential supersedes
	 * it; successive updates accumulate, so the cost of folding the overlay into the main
	 * index is included, amortised.
	 */
	@Benchmark
	public ConsentRules update() {
		this.updated = this.updated.with(this.replacements[this.next++ & (QUERIES - 1)]);
		return this.updated;
	}

	private static Query[] queries(Random random, List<String> urls, List<String> hashes, int sites) {
		Query[] queries = new Query[QUERIES];
		Purpose[] purposes = Purpose.values();
		for (int i = 0; i < QUERIES; i++) {
			String identifier = switch (random.nextInt(3)) {
				case 0 -> urls.get(random.nextInt(urls.size()));
				case 1 ->
					"https://site" + random.nextInt(sites) + ".example/works/new-" + random.nextInt(1000) + ".png";
				default -> "https://elsewhere" + random.nextInt(1_000_000) + ".test/a/b/c.html?x=" + i;
			};
			int variant = random.nextInt(10);
			if (variant == 0) {
				identifier = identifier.replace("https://site", "HTTPS://Site").replace("/works/", "/./works/");
			}
			else if (variant == 1 && !hashes.isEmpty()) {
				identifier = "sha256:" + hashes.get(random.nextInt(hashes.size()));
			}
			String recipient = random.nextBoolean() ? "https://coop.example/" : null;
			queries[i] = new Query(identifier, purposes[random.nextInt(purposes.length)], recipient,
					random.nextBoolean(), AT);
		}
		return queries;
	}

	private static List<Rule> rules(Random random) {
		List<Rule> rules = new ArrayList<>(3);
		Purpose[] purposes = Purpose.values();
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			Effect effect = random.nextInt(3) == 0 ? Effect.PROHIBIT : Effect.PERMIT;
			Set<String> recipients = random.nextInt(4) == 0 ? Set.of("https://coop.example/") : Set.of();
			rules.add(new Rule(effect, purposes[random.nextInt(purposes.length)], recipients, null, null, List.of()));
		}
		return rules;
	}

	private static String sha256(Random random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
