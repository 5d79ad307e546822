package org.consentregistry.blocker.engine.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;

/**
 * Generated rules for the benchmarks (never committed): {@code rules} exact URLs in
 * records of 100 URLs each over {@code rules / 50} sites, plus one domain record per
 * 1,000 sites and one URL-prefix record per 1,000 sites; refusals of AI training, one
 * record in ten a permission instead. URL {@code i} is {@link #url(long)}.
 */
public final class BenchmarkRules {

	/** URLs per record. */
	public static final int PER_RECORD = 100;

	static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

	private BenchmarkRules() {
	}

	/** The site of URL {@code i}. */
	public static long site(long i, long rules) {
		return Long.remainderUnsigned(i * 0x9E3779B97F4A7C15L, Math.max(1, rules / 50));
	}

	/** The {@code i}-th listed URL, already normal. */
	public static String url(long i, long rules) {
		return "https://site" + site(i, rules) + ".example/works/" + i + ".jpg";
	}

	/** A URL under a listed site that no exact rule names. */
	public static String unlisted(long i, long rules) {
		return "https://site" + site(i, rules) + ".example/works/" + i + "-b.jpg";
	}

	/**
	 * Compiles the rules for {@link Purpose#AI_TRAIN}, control flags as of {@link #FROM}.
	 */
	public static CompiledRules compile(long rules) {
		RuleCompiler compiler = new RuleCompiler(Purpose.AI_TRAIN, (issuer, identifier) -> issuer.endsWith("0"), FROM);
		Random random = new Random(42);
		for (long first = 0; first < rules; first += PER_RECORD) {
			List<Identifier> identifiers = new ArrayList<>(PER_RECORD);
			for (long i = first; i < Math.min(rules, first + PER_RECORD); i++) {
				identifiers.add(new Identifier.ExactUrl(url(i, rules)));
			}
			compiler.add(record("urn:uuid:r" + first, identifiers, random));
		}
		long sites = Math.max(1, rules / 50);
		for (long s = 0; s < sites; s += 1000) {
			compiler
				.add(record("urn:uuid:d" + s, List.of(new Identifier.Domain("site" + s + ".example", true)), random));
			compiler.add(record("urn:uuid:p" + s,
					List.of(new Identifier.UrlPrefix("https://site" + (s + 1) + ".example/works/1")), random));
		}
		return compiler.compile();
	}

	private static ConsentRecord record(String id, List<Identifier> identifiers, Random random) {
		Effect effect = (random.nextInt(10) == 0) ? Effect.PERMIT : Effect.PROHIBIT;
		return new ConsentRecord(id, "did:key:z6Mk" + random.nextInt(1000), identifiers,
				List.of(Rule.of(effect, Purpose.AI_TRAIN)), FROM, null, null, null);
	}

	/**
	 * Query URLs as a crawler sees them: one in ten listed, the rest unlisted on listed
	 * sites (half) or on unknown hosts; one in ten spelled with an upper-case host, so
	 * the fast path rewrites it.
	 */
	public static String[] queries(int count, long rules, long seed) {
		Random random = new Random(seed);
		String[] queries = new String[count];
		for (int q = 0; q < count; q++) {
			long i = Math.floorMod(random.nextLong(), rules);
			int kind = random.nextInt(10);
			String url = (kind == 0) ? url(i, rules)
					: (kind < 6) ? unlisted(i, rules) : "https://host" + i + ".other.example/images/" + q + ".png";
			queries[q] = (random.nextInt(10) == 0) ? url.replace("https://site", "https://SITE")
				.toUpperCase(Locale.ROOT)
				.replace("HTTPS://", "https://")
				.replace("/WORKS/", "/works/")
				.replace(".JPG", ".jpg") : url;
		}
		return queries;
	}

}
