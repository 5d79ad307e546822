package org.consentregistry.blocker.surfaces;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.url.UrlFormatException;

/**
 * The fixed example records behind the golden files: one site, art.example, with a record
 * of each kind that changes what is published.
 */
final class ExampleSite {

	static final String HOST = "art.example";

	static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

	static final String ADA = "did:key:z6MkAdaExampleVerified";

	static final String MALLORY = "did:key:z6MkMalloryExampleUnverified";

	private static final Instant ACCEPTED = Instant.parse("2026-01-01T00:00:00Z");

	private ExampleSite() {
	}

	/** Ada controls art.example (verified); Mallory controls nothing. */
	static ControlVerifier verifier() {
		return (issuer, identifier) -> issuer.equals(ADA);
	}

	static List<ConsentRecord> records() {
		return List.of(
				// The whole domain: search and AI input allowed.
				record("urn:uuid:00000000-0000-4000-8000-000000000001", ADA, new Identifier.Domain(HOST, true),
						Rule.of(Effect.PERMIT, Purpose.SEARCH), Rule.of(Effect.PERMIT, Purpose.AI_INPUT)),
				// Works: no AI training of any kind.
				record("urn:uuid:00000000-0000-4000-8000-000000000002", ADA,
						new Identifier.UrlPrefix("https://art.example/works/"),
						Rule.of(Effect.PROHIBIT, Purpose.AI_TRAIN)),
				// Licensed: training only for one co-op, with credit and payment.
				record("urn:uuid:00000000-0000-4000-8000-000000000003", ADA,
						new Identifier.UrlPrefix("https://art.example/licensed/"),
						new Rule(Effect.PERMIT, Purpose.AI_TRAIN, Set.of("https://coop.example/"), null, null,
								List.of("attribute", "compensate"))),
				// One picture: not to be used as AI input.
				record("urn:uuid:00000000-0000-4000-8000-000000000004", ADA,
						new Identifier.ExactUrl("https://art.example/gallery/harbour.jpg"),
						Rule.of(Effect.PROHIBIT, Purpose.AI_INPUT)),
				// Drafts, by someone unverified: a permission that counts for nothing, a
				// refusal of search that counts.
				record("urn:uuid:00000000-0000-4000-8000-000000000005", MALLORY,
						new Identifier.UrlPrefix("https://art.example/drafts/"),
						Rule.of(Effect.PERMIT, Purpose.GENAI_TRAIN), Rule.of(Effect.PROHIBIT, Purpose.SEARCH)),
				// Another site: ignored.
				record("urn:uuid:00000000-0000-4000-8000-000000000006", ADA,
						new Identifier.UrlPrefix("https://other.example/"), Rule.of(Effect.PROHIBIT, Purpose.TDM)),
				// Withdrawn before AT: ignored.
				new ConsentRecord("urn:uuid:00000000-0000-4000-8000-000000000007", ADA,
						List.of(new Identifier.Domain(HOST, false)), List.of(Rule.of(Effect.PROHIBIT, Purpose.TDM)),
						ACCEPTED, Instant.parse("2026-03-01T00:00:00Z"), null, null));
	}

	static SiteTerms terms() throws UrlFormatException {
		return SiteTerms.of(HOST, records(), verifier(), AT);
	}

	private static ConsentRecord record(String id, String issuer, Identifier identifier, Rule... rules) {
		return new ConsentRecord(id, issuer, List.of(identifier), List.of(rules), ACCEPTED, null, null, null);
	}

}
