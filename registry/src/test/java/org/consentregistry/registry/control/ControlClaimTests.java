package org.consentregistry.registry.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.consentregistry.blocker.policy.Identifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlClaimTests {

	static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

	@Test
	void mergesOverlappingPassedChecksIntoOneVerificationInterval() {
		ControlClaim claim = claim(passed(0), passed(20), failed(45), passed(100));
		assertThat(claim.verified()).containsExactly(new ControlClaim.Interval(T0, day(50)),
				new ControlClaim.Interval(day(100), day(130)));
		assertThat(claim.verifiedUntil(day(49))).contains(day(50));
		assertThat(claim.status(day(60))).isEqualTo(ControlClaim.Status.EXPIRED);
		assertThat(claim.status(day(101))).isEqualTo(ControlClaim.Status.VERIFIED);
	}

	@Test
	void isPendingUntilACheckPasses() {
		assertThat(claim(failed(0), failed(1)).status(day(2))).isEqualTo(ControlClaim.Status.PENDING);
		assertThat(claim().verified()).isEmpty();
	}

	@Test
	void bindsTheTokenToTheIssuer() {
		ControlClaim claim = claim();
		ControlClaim other = new ControlClaim(claim.id(), "did:key:z6MkOther", claim.identifier(), claim.token(), T0,
				List.of());
		assertThat(claim.keyAuthorization()).startsWith(claim.token() + ".").isNotEqualTo(other.keyAuthorization());
		assertThat(KeyAuthorization.matches(" " + claim.keyAuthorization() + "\r\n", claim.keyAuthorization()))
			.isTrue();
		assertThat(KeyAuthorization.matches(other.keyAuthorization(), claim.keyAuthorization())).isFalse();
		assertThat(KeyAuthorization.newToken()).hasSize(22).isNotEqualTo(KeyAuthorization.newToken());
	}

	static ControlClaim claim(ControlCheck... checks) {
		return new ControlClaim(UUID.randomUUID(), "did:key:z6MkIssuer", new Identifier.Domain("art.example", false),
				"AAAAAAAAAAAAAAAAAAAAAA", T0, List.of(checks));
	}

	static ControlCheck passed(int day) {
		return new ControlCheck(day(day), true, ControlMethod.HTTP, day(day + 30), "value at …");
	}

	static ControlCheck failed(int day) {
		return new ControlCheck(day(day), false, null, null, "http: token-not-found");
	}

	static Instant day(int day) {
		return T0.plus(Duration.ofDays(day));
	}

}
