package org.consentregistry.registry.control;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.RegistryApplication;
import org.consentregistry.registry.consent.ConsentSubmissions;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchIndexer;
import org.consentregistry.registry.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Control changes reach the search index through events held in memory; a change the
 * indexer had not handled when the registry stopped is still indexed after a restart.
 */
class ControlReindexRestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aControlChangeMissedBeforeAStopIsIndexedAfterTheRestart() throws Exception {
		String issuer = TestCredentials.CREATOR.did();
		String work = TestConsentCredentials.newId();
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(ConsentSubmissions.class)
				.submit(TestConsentCredentials.signed(TestConsentCredentials.consent(TestConsentCredentials.newId(),
						issuer, work, Instant.parse("2026-01-01T00:00:00Z"), null, null), TestCredentials.CREATOR),
						"application/vc");
			awaitVerified(first, issuer, false);
			first.getBean(SearchIndexer.class).stop();
			ControlClaims claims = first.getBean(ControlClaims.class);
			ControlClaim claim = claims.claim(issuer, new Identifier.Domain("art.example", true)).claim();
			Instant now = Instant.now();
			claims.addCheck(claim.id(),
					new ControlCheck(now, true, ControlMethod.DNS, now.plus(Duration.ofDays(30)), "value at …"));
			assertThat(count(first, issuer, true)).as("the stopped indexer missed the change").isZero();
		}
		try (ConfigurableApplicationContext second = start()) {
			awaitVerified(second, issuer, true);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RegistryApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--registry.graph.data-dir=" + this.dataDir.resolve("tdb2"),
					"--registry.base-uri=https://registry.example");
	}

	private static void awaitVerified(ConfigurableApplicationContext context, String issuer, boolean verified) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count(context, issuer, verified)).isOne());
	}

	private static long count(ConfigurableApplicationContext context, String issuer, boolean verified) {
		return context.getBean(SearchIndex.class)
			.search(SearchQuery.builder().issuer(issuer).verifiedControl(verified).build())
			.total();
	}

}
