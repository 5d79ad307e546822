package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random records and queries over small pools of hosts, paths and hashes, so that
 * matches, overlaps and near misses are frequent.
 */
final class RandomConsent {

	private static final String[] HOSTS = { "art.example", "www.art.example", "a.www.art.example", "photos.example",
			"art.example.evil.test", "xn--bcher-kva.example", "192.0.2.1", "[2001:db8::1]" };

	private static final String[] PATHS = { "", "/", "/works/", "/works/harbour.jpg", "/works/harbour.jpg?size=2",
			"/works/h", "/works/harbour.jpg/x", "/a/b/c", "/%7Ework/../works/" };

	private static final String[] HASHES = { "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
			"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
			"fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13" };

	private static final String[] ISSUERS = { "did:key:z6MkA", "did:key:z6MkB", "did:key:z6MkC" };

	private static final String[] COOPS = { "https://coop-a.example/", "https://coop-b.example/",
			"https://coop-c.example/", "HTTPS://Coop-A.example", "did:web:coop-d.example" };

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private final Random random;

	RandomConsent(long seed) {
		this.random = new Random(seed);
	}

	ConsentRecord record(String id) {
		List<Identifier> identifiers = new ArrayList<>();
		for (int i = 1 + this.random.nextInt(3); i > 0; i--) {
			identifiers.add(identifier());
		}
		List<Rule> rules = new ArrayList<>();
		for (int i = this.random.nextInt(4); i > 0; i--) {
			rules.add(rule());
		}
		Instant from = time();
		Instant until = this.random.nextInt(3) == 0 ? from.plusSeconds(1 + this.random.nextInt(500_000)) : null;
		Instant validFrom = this.random.nextInt(6) == 0 ? time() : null;
		Instant validUntil = this.random.nextInt(6) == 0 ? time() : null;
		return new ConsentRecord(id, pick(ISSUERS), identifiers, rules, from, until, validFrom, validUntil);
	}

	Query query() {
		String identifier = this.random.nextInt(6) == 0 ? "sha256:" + maybeUpper(pick(HASHES)) : queryUrl();
		String recipient = this.random.nextBoolean() ? null : pick(COOPS);
		Boolean commercial = this.random.nextBoolean() ? null : this.random.nextBoolean();
		return new Query(identifier, pick(Purpose.values()), recipient, commercial, time());
	}

	/** Control is verified for a fixed, arbitrary third of (issuer, identifier) pairs. */
	static ControlVerifier verifier() {
		return (issuer, identifier) -> Math.floorMod(issuer.hashCode() * 31 + identifier.hashCode(), 3) == 0;
	}

	private Identifier identifier() {
		return switch (this.random.nextInt(4)) {
			case 0 -> new Identifier.ExactUrl(url());
			case 1 -> new Identifier.UrlPrefix(prefix());
			case 2 -> new Identifier.Domain(domain(), this.random.nextBoolean());
			default -> new Identifier.Sha256(maybeUpper(pick(HASHES)));
		};
	}

	private String prefix() {
		String url = url();
		return url.substring(0, Math.min(url.length(), 8 + this.random.nextInt(url.length())));
	}

	private String domain() {
		String host = pick(HOSTS);
		int dot = host.indexOf('.');
		return (this.random.nextInt(3) == 0 && dot > 0 && !host.startsWith("1")) ? host.substring(dot + 1) : host;
	}

	private Rule rule() {
		Set<String> recipients = new HashSet<>();
		for (int i = this.random.nextInt(3) == 0 ? 1 + this.random.nextInt(2) : 0; i > 0; i--) {
			recipients.add(pick(COOPS));
		}
		Boolean commercial = this.random.nextInt(3) == 0 ? this.random.nextBoolean() : null;
		Instant until = this.random.nextInt(4) == 0 ? time() : null;
		Effect effect = this.random.nextInt(3) == 0 ? Effect.PROHIBIT : Effect.PERMIT;
		return new Rule(effect, pick(Purpose.values()), recipients, commercial, until, List.of());
	}

	private String url() {
		String scheme = this.random.nextBoolean() ? "https" : "http";
		String port = this.random.nextInt(8) == 0 ? ":8080" : "";
		return scheme + "://" + pick(HOSTS) + port + pick(PATHS);
	}

	private String queryUrl() {
		String url = url();
		return switch (this.random.nextInt(5)) {
			case 0 -> url.toUpperCase(Locale.ROOT).replace("%7E", "%7e");
			case 1 -> url + "#fragment";
			default -> url;
		};
	}

	private Instant time() {
		return START.plusSeconds(this.random.nextInt(1_000_000));
	}

	private String maybeUpper(String s) {
		return this.random.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s;
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
