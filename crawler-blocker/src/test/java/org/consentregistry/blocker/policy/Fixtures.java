package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Small named factories for records, rules and queries. */
final class Fixtures {

	static final String ADA = "did:key:z6MkAda";

	static final String MALLORY = "did:key:z6MkMallory";

	static final String COOP = "https://coop.example/";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

	static final Instant APR = Instant.parse("2026-04-01T00:00:00Z");

	static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private Fixtures() {
	}

	static ConsentRecord record(String id, List<Identifier> identifiers, Rule... rules) {
		return record(id, ADA, identifiers, rules);
	}

	static ConsentRecord record(String id, String issuer, List<Identifier> identifiers, Rule... rules) {
		return new ConsentRecord(id, issuer, identifiers, List.of(rules), JAN, null, null, null);
	}

	static ConsentRecord inForce(ConsentRecord record, Instant from, @Nullable Instant until) {
		return new ConsentRecord(record.recordId(), record.issuer(), record.identifiers(), record.rules(), from, until,
				record.validFrom(), record.validUntil());
	}

	static Rule permit(Purpose purpose) {
		return Rule.of(Effect.PERMIT, purpose);
	}

	static Rule prohibit(Purpose purpose) {
		return Rule.of(Effect.PROHIBIT, purpose);
	}

	static Rule forRecipients(Rule rule, String... recipients) {
		return new Rule(rule.effect(), rule.purpose(), Set.of(recipients), rule.commercial(), rule.until(),
				rule.duties());
	}

	static Rule commercial(Rule rule, boolean commercial) {
		return new Rule(rule.effect(), rule.purpose(), rule.recipients(), commercial, rule.until(), rule.duties());
	}

	static Rule until(Rule rule, Instant until) {
		return new Rule(rule.effect(), rule.purpose(), rule.recipients(), rule.commercial(), until, rule.duties());
	}

	static Identifier url(String url) {
		return new Identifier.ExactUrl(url);
	}

	static Identifier prefix(String prefix) {
		return new Identifier.UrlPrefix(prefix);
	}

	static Identifier domain(String host, boolean includeSubdomains) {
		return new Identifier.Domain(host, includeSubdomains);
	}

	static Identifier sha256(String hex) {
		return new Identifier.Sha256(hex);
	}

	static Query query(String identifier, Purpose purpose) {
		return new Query(identifier, purpose, null, null, FEB);
	}

	static Query query(String identifier, Purpose purpose, Instant at) {
		return new Query(identifier, purpose, null, null, at);
	}

	static Query query(String identifier, Purpose purpose, @Nullable String recipient, @Nullable Boolean commercial) {
		return new Query(identifier, purpose, recipient, commercial, FEB);
	}

	static ControlVerifier verifiedFor(String issuer) {
		return (candidate, identifier) -> candidate.equals(issuer);
	}

}
