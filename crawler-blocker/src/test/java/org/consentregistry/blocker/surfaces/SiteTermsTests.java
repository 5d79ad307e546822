package org.consentregistry.blocker.surfaces;

import org.consentregistry.blocker.policy.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stances of the example site, path by path: any applicable refusal wins (also from
 * an unverified issuer), unverified permissions count as none, conditions make a use
 * conditional, withdrawn records and other hosts do not count.
 */
class SiteTermsTests {

	@ParameterizedTest(name = "{0} {1} is {2}")
	@CsvSource({ "/, search, ALLOWED", "/, ai-input, ALLOWED", "/, genai-train, UNSTATED", "/, tdm, UNSTATED",
			"/works/, ai-train, REFUSED", "/works/, genai-train, REFUSED", "/works/, tdm, UNSTATED",
			"/works/, search, ALLOWED", "/licensed/, ai-train, CONDITIONAL", "/licensed/, genai-train, CONDITIONAL",
			"/drafts/, genai-train, UNVERIFIED", "/drafts/, search, REFUSED", "/drafts/, ai-input, ALLOWED",
			"/gallery/harbour.jpg, ai-input, REFUSED", "/gallery/harbour.jpg, search, ALLOWED" })
	void stanceOfEachPath(String path, String purpose, Stance expected) throws Exception {
		Scope scope = ExampleSite.terms()
			.scopes()
			.stream()
			.filter((s) -> s.path().equals(path))
			.findFirst()
			.orElseThrow();
		assertThat(scope.stance(Purpose.of(purpose).orElseThrow())).isEqualTo(expected);
	}

	@Test
	void scopesAreTheSiteAndTheRecordedPathsOfThisHostOnly() throws Exception {
		assertThat(ExampleSite.terms().scopes()).extracting(Scope::path)
			.containsExactly("/", "/works/", "/drafts/", "/licensed/", "/gallery/harbour.jpg");
		assertThat(ExampleSite.terms().site().recordIds())
			.containsExactly("urn:uuid:00000000-0000-4000-8000-000000000001");
	}

	@Test
	void creatorTermsKeepOnlyTheirRecords() throws Exception {
		SiteTerms ada = SiteTerms.ofCreator(ExampleSite.HOST, ExampleSite.ADA, ExampleSite.records(),
				ExampleSite.verifier(), ExampleSite.AT);
		assertThat(ada.scopes()).extracting(Scope::path).doesNotContain("/drafts/");
	}

	@Test
	void aSubdomainGetsTheTermsOfADomainThatIncludesIt() throws Exception {
		SiteTerms sub = SiteTerms.of("www.art.example", ExampleSite.records(), ExampleSite.verifier(), ExampleSite.AT);
		assertThat(sub.site().stance(Purpose.SEARCH)).isEqualTo(Stance.ALLOWED);
		assertThat(sub.scopes()).hasSize(1);
	}

	@Test
	void aPrefixAndAnExactUrlOfTheSamePathStayTwoScopes() throws Exception {
		var prefix = new org.consentregistry.blocker.policy.ConsentRecord("urn:uuid:p", ExampleSite.ADA,
				java.util.List.of(new org.consentregistry.blocker.policy.Identifier.UrlPrefix("https://art.example/a")),
				java.util.List.of(org.consentregistry.blocker.policy.Rule
					.of(org.consentregistry.blocker.policy.Effect.PROHIBIT, Purpose.TDM)),
				ExampleSite.AT.minusSeconds(60), null, null, null);
		var exact = new org.consentregistry.blocker.policy.ConsentRecord("urn:uuid:e", ExampleSite.ADA,
				java.util.List.of(new org.consentregistry.blocker.policy.Identifier.ExactUrl("https://art.example/a")),
				java.util.List.of(org.consentregistry.blocker.policy.Rule
					.of(org.consentregistry.blocker.policy.Effect.PROHIBIT, Purpose.SEARCH)),
				ExampleSite.AT.minusSeconds(60), null, null, null);
		SiteTerms terms = SiteTerms.of(ExampleSite.HOST, java.util.List.of(prefix, exact), ExampleSite.verifier(),
				ExampleSite.AT);
		assertThat(terms.scopes()).extracting(Scope::path, Scope::exact)
			.containsExactly(org.assertj.core.api.Assertions.tuple("/", false),
					org.assertj.core.api.Assertions.tuple("/a", false),
					org.assertj.core.api.Assertions.tuple("/a", true));
		assertThat(Surfaces.bundled().write(SurfaceFormat.NGINX, terms)).contains("\"^1:/a\") {");
	}

}
