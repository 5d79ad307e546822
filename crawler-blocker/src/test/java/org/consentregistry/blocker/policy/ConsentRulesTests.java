package org.consentregistry.blocker.policy;

import java.util.List;
import java.util.Locale;

import org.consentregistry.blocker.url.UrlFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.consentregistry.blocker.policy.Fixtures.ADA;
import static org.consentregistry.blocker.policy.Fixtures.APR;
import static org.consentregistry.blocker.policy.Fixtures.COOP;
import static org.consentregistry.blocker.policy.Fixtures.FEB;
import static org.consentregistry.blocker.policy.Fixtures.HASH;
import static org.consentregistry.blocker.policy.Fixtures.JAN;
import static org.consentregistry.blocker.policy.Fixtures.MALLORY;
import static org.consentregistry.blocker.policy.Fixtures.MAR;
import static org.consentregistry.blocker.policy.Fixtures.commercial;
import static org.consentregistry.blocker.policy.Fixtures.domain;
import static org.consentregistry.blocker.policy.Fixtures.forRecipients;
import static org.consentregistry.blocker.policy.Fixtures.inForce;
import static org.consentregistry.blocker.policy.Fixtures.permit;
import static org.consentregistry.blocker.policy.Fixtures.prefix;
import static org.consentregistry.blocker.policy.Fixtures.prohibit;
import static org.consentregistry.blocker.policy.Fixtures.query;
import static org.consentregistry.blocker.policy.Fixtures.record;
import static org.consentregistry.blocker.policy.Fixtures.sha256;
import static org.consentregistry.blocker.policy.Fixtures.until;
import static org.consentregistry.blocker.policy.Fixtures.url;
import static org.consentregistry.blocker.policy.Fixtures.verifiedFor;

/** What co-ops and creators rely on when they ask the engine, one scenario a test. */
class ConsentRulesTests {

	private static final String HARBOUR = "https://art.example/works/harbour.jpg";

	@Test
	void refusalOfBroaderPurposeRefusesNarrower() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(HARBOUR)), prohibit(Purpose.TDM))));
		Decision decision = rules.decide(query(HARBOUR, Purpose.GENAI_TRAIN));
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
		assertThat(decision.decidedBy()).isEqualTo(Decision.REFUSAL_WINS);
		assertThat(decision.evidence()).singleElement().satisfies((evidence) -> {
			assertThat(evidence.recordId()).isEqualTo("r1");
			assertThat(evidence.rule()).isEqualTo(prohibit(Purpose.TDM));
			assertThat(evidence.matchedBy()).isEqualTo(url(HARBOUR));
		});
	}

	@Test
	void refusalOfNarrowerPurposeLeavesBroaderOpen() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("r1", List.of(url(HARBOUR)), prohibit(Purpose.GENAI_TRAIN))));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN)))
			.isEqualTo(new Decision(Answer.UNKNOWN, Decision.NO_APPLICABLE_RULE, List.of()));
		assertThat(rules.decide(query(HARBOUR, Purpose.SEARCH)).decidedBy()).isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void permissionWithoutVerifiedControlIsUnknown() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("r1", List.of(url(HARBOUR)), permit(Purpose.AI_TRAIN))));
		Decision decision = rules.decide(query(HARBOUR, Purpose.GENAI_TRAIN));
		assertThat(decision.answer()).isEqualTo(Answer.UNKNOWN);
		assertThat(decision.decidedBy()).isEqualTo(Decision.UNVERIFIED_PERMISSION);
		assertThat(decision.evidence()).singleElement()
			.isEqualTo(new Evidence("r1", ADA, url(HARBOUR), permit(Purpose.AI_TRAIN), false));
	}

	@Test
	void asksWhetherControlWasVerifiedAtTheInstantDecidedAt() throws UrlFormatException {
		ControlVerifier verifiedInFebruary = new ControlVerifier() {
			@Override
			public boolean verified(String issuer, Identifier identifier) {
				return false;
			}

			@Override
			public boolean verified(String issuer, Identifier identifier, java.time.Instant at) {
				return !at.isBefore(FEB) && at.isBefore(MAR);
			}
		};
		ConsentRules rules = ConsentRules.compile(
				List.of(inForce(record("r1", List.of(url(HARBOUR)), permit(Purpose.AI_TRAIN)), JAN, null)),
				verifiedInFebruary);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, FEB.plusSeconds(1))).decidedBy())
			.isEqualTo(Decision.VERIFIED_PERMISSION);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, MAR)).decidedBy())
			.isEqualTo(Decision.UNVERIFIED_PERMISSION);
	}

	@Test
	void verifiedPermissionAllows() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("r1", List.of(url(HARBOUR)), permit(Purpose.AI_TRAIN))), verifiedFor(ADA));
		Decision decision = rules.decide(query(HARBOUR, Purpose.AI_TRAIN));
		assertThat(decision.answer()).isEqualTo(Answer.ALLOWED);
		assertThat(decision.decidedBy()).isEqualTo(Decision.VERIFIED_PERMISSION);
		assertThat(decision.evidence()).singleElement().extracting(Evidence::controlVerified).isEqualTo(true);
	}

	@Test
	void unverifiedRefusalWinsOverVerifiedPermission() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(
				List.of(record("r1", ADA, List.of(url(HARBOUR)), permit(Purpose.TDM)),
						record("r2", MALLORY, List.of(domain("art.example", true)), prohibit(Purpose.AI_TRAIN))),
				verifiedFor(ADA));
		Decision decision = rules.decide(query(HARBOUR, Purpose.AI_TRAIN));
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
		assertThat(decision.evidence()).extracting(Evidence::recordId).containsExactly("r1", "r2");
		assertThat(decision.evidence()).extracting(Evidence::controlVerified).containsExactly(true, false);
	}

	@Test
	void supersededRecordIgnoredAfterReplacement() throws UrlFormatException {
		ConsentRecord v1 = inForce(record("v1", List.of(url(HARBOUR)), permit(Purpose.AI_TRAIN)), JAN, MAR);
		ConsentRecord v2 = inForce(record("v2", List.of(url(HARBOUR)), prohibit(Purpose.AI_TRAIN)), MAR, null);
		ConsentRules rules = ConsentRules.compile(List.of(v1, v2), verifiedFor(ADA));
		Decision after = rules.decide(query(HARBOUR, Purpose.AI_TRAIN, APR));
		assertThat(after.answer()).isEqualTo(Answer.REFUSED);
		assertThat(after.evidence()).extracting(Evidence::recordId).containsExactly("v2");
		Decision before = rules.decide(query(HARBOUR, Purpose.AI_TRAIN, FEB));
		assertThat(before.answer()).isEqualTo(Answer.ALLOWED);
		assertThat(before.evidence()).extracting(Evidence::recordId).containsExactly("v1");
	}

	@Test
	void asOfTimeBeforeWithdrawalSeesOldTerms() throws UrlFormatException {
		ConsentRecord withdrawn = inForce(record("r1", List.of(url(HARBOUR)), prohibit(Purpose.AI_TRAIN)), JAN, MAR);
		ConsentRules rules = ConsentRules.compile(List.of(withdrawn));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, FEB)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, MAR)).decidedBy())
			.isEqualTo(Decision.NO_MATCHING_RECORD);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, JAN.minusSeconds(1))).decidedBy())
			.isEqualTo(Decision.NO_MATCHING_RECORD);
	}

	@Test
	void recordOutsideItsCredentialValidityIsIgnored() throws UrlFormatException {
		ConsentRecord notYetValid = new ConsentRecord("r1", ADA, List.of(url(HARBOUR)), List.of(prohibit(Purpose.TDM)),
				JAN, null, MAR, null);
		ConsentRules rules = ConsentRules.compile(List.of(notYetValid));
		assertThat(rules.decide(query(HARBOUR, Purpose.TDM, FEB)).decidedBy()).isEqualTo(Decision.NO_MATCHING_RECORD);
		assertThat(rules.decide(query(HARBOUR, Purpose.TDM, APR)).answer()).isEqualTo(Answer.REFUSED);
	}

	@Test
	void recipientConstrainedPermissionOnlyForNamedCoop() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(
				List.of(record("r1", List.of(url(HARBOUR)), forRecipients(permit(Purpose.AI_TRAIN), COOP))),
				verifiedFor(ADA));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, COOP, null)).answer()).isEqualTo(Answer.ALLOWED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, "https://other.example/", null)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, null)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void recipientConstrainedRefusalAppliesToUnnamedRequester() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("r1", List.of(url(HARBOUR)), forRecipients(prohibit(Purpose.AI_TRAIN), COOP))));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, null)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, COOP, null)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, "https://other.example/", null)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void recipientIriIsComparedInNormalForm() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(HARBOUR)),
				forRecipients(prohibit(Purpose.AI_TRAIN), "https://coop.example/", "did:web:other.example"))));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, "HTTPS://Coop.Example:443", null)).answer())
			.isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, "did:web:other.example", null)).answer())
			.isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, "did:web:OTHER.example", null)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void commercialRefusalAppliesWhenCommercialUseUnstated() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("r1", List.of(url(HARBOUR)), commercial(prohibit(Purpose.AI_TRAIN), true))));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, null)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, true)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, false)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void nonCommercialPermissionNeedsStatedNonCommercialUse() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(
				List.of(record("r1", List.of(url(HARBOUR)), commercial(permit(Purpose.AI_TRAIN), false))),
				verifiedFor(ADA));
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, false)).answer()).isEqualTo(Answer.ALLOWED);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, null)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
		assertThat(rules.decide(query(HARBOUR, Purpose.AI_TRAIN, null, true)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void permissionEndsAtItsUntilInstant() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(
				List.of(record("r1", List.of(url(HARBOUR)), until(permit(Purpose.SEARCH), MAR))), verifiedFor(ADA));
		assertThat(rules.decide(query(HARBOUR, Purpose.SEARCH, FEB)).answer()).isEqualTo(Answer.ALLOWED);
		assertThat(rules.decide(query(HARBOUR, Purpose.SEARCH, MAR)).decidedBy())
			.isEqualTo(Decision.NO_APPLICABLE_RULE);
	}

	@Test
	void longestPrefixEvidenceFirst() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("a-domain", List.of(domain("art.example", true)), prohibit(Purpose.TDM)),
					record("b-site", List.of(prefix("https://art.example/")), prohibit(Purpose.TDM)),
					record("c-works", List.of(prefix("https://art.example/works/")), prohibit(Purpose.TDM)),
					record("d-hash", List.of(sha256(HASH)), prohibit(Purpose.TDM)),
					record("e-exact", List.of(url(HARBOUR)), prohibit(Purpose.TDM)),
					record("f-sub", List.of(domain("sub.art.example", true)), prohibit(Purpose.TDM))));
		assertThat(rules.decide(query(HARBOUR, Purpose.TDM)).evidence()).extracting(Evidence::recordId)
			.containsExactly("e-exact", "c-works", "b-site", "a-domain");
		assertThat(rules.decide(query("https://x.sub.art.example/works/harbour.jpg", Purpose.TDM)).evidence())
			.extracting(Evidence::recordId)
			.containsExactly("f-sub", "a-domain");
	}

	@Test
	void prefixOfHostDoesNotMatchLongerHost() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("r1", List.of(prefix("https://art.example")), prohibit(Purpose.TDM))));
		assertThat(rules.decide(query("https://art.example.evil.test/a", Purpose.TDM)).decidedBy())
			.isEqualTo(Decision.NO_MATCHING_RECORD);
		assertThat(rules.decide(query("https://art.example", Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
	}

	@Test
	void subdomainMatchOnlyWhenIncluded() throws UrlFormatException {
		ConsentRules rules = ConsentRules
			.compile(List.of(record("only-host", List.of(domain("art.example", false)), prohibit(Purpose.TDM)),
					record("with-subdomains", List.of(domain("photos.example", true)), prohibit(Purpose.TDM))));
		assertThat(rules.decide(query("https://art.example/a", Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query("https://www.art.example/a", Purpose.TDM)).decidedBy())
			.isEqualTo(Decision.NO_MATCHING_RECORD);
		assertThat(rules.decide(query("http://photos.example:8080/a", Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query("https://a.b.photos.example/", Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query("https://notphotos.example/", Purpose.TDM)).decidedBy())
			.isEqualTo(Decision.NO_MATCHING_RECORD);
	}

	@Test
	void sha256Match() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(sha256(HASH)), prohibit(Purpose.TDM))));
		assertThat(rules.decide(query("sha256:" + HASH, Purpose.AI_TRAIN)).answer()).isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query("SHA256:" + HASH.toUpperCase(Locale.ROOT), Purpose.AI_TRAIN)).answer())
			.isEqualTo(Answer.REFUSED);
		assertThat(rules.decide(query("sha256:" + "0".repeat(64), Purpose.AI_TRAIN)).decidedBy())
			.isEqualTo(Decision.NO_MATCHING_RECORD);
	}

	@Test
	void urlIsNormalisedBeforeMatching() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(HARBOUR)), prohibit(Purpose.TDM))));
		Decision decision = rules.decide(query("HTTPS://Art.Example:443/works/./x/../harbour%2Ejpg#top", Purpose.TDM));
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
	}

	@Test
	void recordIdentifiersAreNormalisedToo() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1",
				List.of(url("HTTPS://ART.EXAMPLE/a%7e"), domain("Bücher.Example.", false)), prohibit(Purpose.TDM))));
		assertThat(rules.decide(query("https://art.example/a~", Purpose.TDM)).answer()).isEqualTo(Answer.REFUSED);
		Decision byDomain = rules.decide(query("https://xn--bcher-kva.example/", Purpose.TDM));
		assertThat(byDomain.evidence()).singleElement()
			.extracting(Evidence::matchedBy)
			.isEqualTo(domain("xn--bcher-kva.example", false));
	}

	@Test
	void recordListedOnceUnderItsVerifiedIdentifier() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(
				List.of(record("r1", List.of(url(HARBOUR), domain("art.example", true)), permit(Purpose.TDM))),
				(issuer, identifier) -> identifier instanceof Identifier.Domain);
		Decision decision = rules.decide(query(HARBOUR, Purpose.TDM));
		assertThat(decision.answer()).isEqualTo(Answer.ALLOWED);
		assertThat(decision.evidence()).singleElement()
			.isEqualTo(new Evidence("r1", ADA, domain("art.example", true), permit(Purpose.TDM), true));
	}

	@Test
	void everyApplicableRuleOfARecordIsEvidence() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(HARBOUR)), permit(Purpose.TDM),
				prohibit(Purpose.GENAI_TRAIN), permit(Purpose.SEARCH))));
		Decision decision = rules.decide(query(HARBOUR, Purpose.GENAI_TRAIN));
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
		assertThat(decision.evidence()).extracting(Evidence::rule)
			.containsExactly(permit(Purpose.TDM), prohibit(Purpose.GENAI_TRAIN));
	}

	@Test
	void nothingMatchedIsUnknown() throws UrlFormatException {
		ConsentRules rules = ConsentRules.compile(List.of(record("r1", List.of(url(HARBOUR)), prohibit(Purpose.TDM))));
		assertThat(rules.decide(query("https://art.example/works/other.jpg", Purpose.TDM)))
			.isEqualTo(new Decision(Answer.UNKNOWN, Decision.NO_MATCHING_RECORD, List.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://art.example/a", "art.example/a", "sha256:abc",
			"sha256:gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg", "" })
	void unusableIdentifierIsRefused(String identifier) {
		ConsentRules rules = ConsentRules.compile(List.of());
		assertThatExceptionOfType(UrlFormatException.class)
			.isThrownBy(() -> rules.decide(query(identifier, Purpose.TDM)))
			.withMessageStartingWith("expected");
	}

}
