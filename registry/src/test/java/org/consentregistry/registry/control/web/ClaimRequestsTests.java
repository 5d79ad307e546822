package org.consentregistry.registry.control.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ClaimRequestsTests {

	static final String ISSUER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

	@Test
	void normalisesTheClaimedIdentifier() {
		ClaimRequests.ClaimRequest request = ClaimRequests.parse(bytes("{\"issuer\": \"" + ISSUER
				+ "\", \"identifier\": {\"type\": \"UrlPrefix\", \"urlPrefix\": \"HTTPS://Art.Example:443/~ada/\"}}"));
		assertThat(request.identifier()).isEqualTo(new Identifier.UrlPrefix("https://art.example/~ada/"));
		assertThat(ClaimRequests.parse(bytes("{\"issuer\": \"" + ISSUER
				+ "\", \"identifier\": {\"type\": \"Domain\", \"domain\": \"B\u00FCcher.example.\", \"includeSubdomains\": true}}"))
			.identifier()).isEqualTo(new Identifier.Domain("xn--bcher-kva.example", true));
	}

	@Test
	void refusesAClaimNoMethodCanProve() {
		assertThat(problemOf("{\"issuer\": \"" + ISSUER
				+ "\", \"identifier\": {\"type\": \"Domain\", \"domain\": \"192.0.2.7\", \"includeSubdomains\": true}}"))
			.isEqualTo(Problem.INVALID_PARAMETER);
	}

	/** Untrusted input: any body is either a claim or an invalid-parameter problem. */
	@Test
	void answersEveryArbitraryBodyWithAClaimOrInvalidParameter() {
		Random random = new Random(42);
		List<String> pieces = List.of("{", "}", "[", "]", "\"", ":", ",", "issuer", "identifier", "type", "Domain",
				"UrlPrefix", "domain", "urlPrefix", "includeSubdomains", "true", "null", "1e999", ISSUER, "https://",
				"art.example", "\\u0000", "/", " ");
		for (int i = 0; i < 3000; i++) {
			StringBuilder body = new StringBuilder();
			for (int j = random.nextInt(30); j > 0; j--) {
				body.append(pieces.get(random.nextInt(pieces.size())));
			}
			Throwable thrown = catchThrowable(() -> ClaimRequests.parse(bytes(body.toString())));
			if (thrown != null) {
				assertThat(thrown).as(body.toString()).isInstanceOf(ProblemException.class);
				assertThat(((ProblemException) thrown).problem()).isEqualTo(Problem.INVALID_PARAMETER);
			}
		}
	}

	private static Problem problemOf(String body) {
		Throwable thrown = catchThrowable(() -> ClaimRequests.parse(bytes(body)));
		return ((ProblemException) thrown).problem();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
