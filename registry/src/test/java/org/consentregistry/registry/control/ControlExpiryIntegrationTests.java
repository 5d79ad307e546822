package org.consentregistry.registry.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification expires and is renewed: re-checks run when less than a third of the
 * validity remains, a failed re-check is retried later and ends the verification at its
 * expiry, decisions for past instants see control as it was, and claims that never passed
 * are removed after the pending TTL. Time is moved by a test clock.
 */
@RegistryIntegrationTest(properties = { "registry.base-uri=https://registry.example",
		"registry.control.allow-loopback=true", "registry.control.timeout=2s", "registry.control.validity=30d",
		"registry.control.pending-ttl=7d", "registry.control.recheck-retry=6h" })
class ControlExpiryIntegrationTests {

	static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	static final int dnsPort = freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("registry.control.dns-server", () -> "127.0.0.1:" + dnsPort);
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		Clock testClock() {
			return new MutableClock(T0);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ControlRechecks rechecks;

	@Autowired
	ControlClaims claims;

	@Autowired
	VerifiedControl control;

	@Test
	void reChecksBeforeExpiryAndEndsVerificationWhenReChecksFail() throws Exception {
		RegistryHttp http = new RegistryHttp(this.port);
		String issuer = TestCredentials.CREATOR.did();
		String work = TestConsentCredentials.newId();
		String url = TestConsentCredentials.url(work);
		json(http.post("/records", "application/vc",
				TestConsentCredentials.signed(TestConsentCredentials.consent(TestConsentCredentials.newId(), issuer,
						work, Instant.parse("2026-01-01T00:00:00Z"), null, null), TestCredentials.CREATOR)),
				201);
		Identifier domain = new Identifier.Domain("art.example", true);
		ControlClaim claim = this.claims.claim(issuer, domain).claim();
		ControlClaim stale = this.claims.claim(issuer, new Identifier.Domain("never.example", false)).claim();
		String name = "_consent-registry.art.example";

		try (Dnsmasq dns = Dnsmasq.start(dnsPort, Map.of(name, claim.keyAuthorization()))) {
			assertThat(json(http.post("/control/claims/" + claim.id() + "/check", "application/json", new byte[0]), 200)
				.get("result")
				.asString()).isEqualTo("passed");
			this.clock.set(T0.plus(Duration.ofDays(10)));
			assertThat(this.rechecks.recheckDue()).isZero();
			this.clock.set(T0.plus(Duration.ofDays(21)));
			assertThat(this.rechecks.recheckDue()).isOne();
		}
		assertThat(this.claims.find(claim.id()).orElseThrow().verifiedUntil(this.clock.instant()))
			.contains(T0.plus(Duration.ofDays(51)));

		this.clock.set(T0.plus(Duration.ofDays(45)));
		try (Dnsmasq dns = Dnsmasq.start(dnsPort, Map.of(name, "moved.elsewhere"))) {
			assertThat(this.rechecks.recheckDue()).isOne();
			this.clock.advance(Duration.ofHours(1));
			assertThat(this.rechecks.recheckDue()).as("retried only after recheck-retry").isZero();
		}
		assertThat(this.claims.find(claim.id()).orElseThrow().status(this.clock.instant()))
			.isEqualTo(ControlClaim.Status.VERIFIED);
		assertThat(decide(http, url, "")).isEqualTo("verified-permission");

		assertThat(this.rechecks.announceExpired()).as("nothing expired yet").isZero();
		awaitVerifiedInSearch(http, issuer, true);

		this.clock.set(T0.plus(Duration.ofDays(52)));
		assertThat(this.claims.find(claim.id()).orElseThrow().status(this.clock.instant()))
			.isEqualTo(ControlClaim.Status.EXPIRED);
		assertThat(this.rechecks.announceExpired()).as("the expiry is announced once").isOne();
		assertThat(this.rechecks.announceExpired()).isZero();
		awaitVerifiedInSearch(http, issuer, false);
		assertThat(this.control.verified(issuer, new Identifier.ExactUrl(url))).isFalse();
		assertThat(decide(http, url, "")).isEqualTo("unverified-permission");
		assertThat(decide(http, url, "&at=" + T0.plus(Duration.ofDays(40)))).isEqualTo("verified-permission");
		assertThat(decide(http, url, "&at=" + T0.minusSeconds(1))).isIn("no-matching-record", "unverified-permission");

		assertThat(this.claims.removeStalePending()).isOne();
		assertThat(this.claims.find(stale.id())).isEmpty();
		assertThat(this.claims.find(claim.id())).isPresent();
	}

	/** Waits until the search index shows the issuer's record with the verified flag. */
	private static void awaitVerifiedInSearch(RegistryHttp http, String issuer, boolean verified)
			throws InterruptedException {
		String path = "/search?verified=" + verified + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (json(http.get(path), 200).get("total").asLong() != 1 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(json(http.get(path), 200).get("total").asLong()).as(path).isEqualTo(1);
	}

	private static String decide(RegistryHttp http, String url, String more) {
		return json(http
			.get("/decisions?purpose=search&identifier=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + more), 200)
			.get("decidedBy")
			.asString();
	}

	private static JsonNode json(HttpResponse<byte[]> response, int status) {
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(status);
		return RegistryHttp.json(response);
	}

	private static int freePort() {
		try {
			return Dnsmasq.freePort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
