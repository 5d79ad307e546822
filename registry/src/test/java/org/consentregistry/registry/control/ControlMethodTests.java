package org.consentregistry.registry.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which method proves which identifier (docs/creators-guide.md, "Proving you control your
 * site"), and where each looks.
 */
class ControlMethodTests {

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			domain art.example              | DNS  | true
			domain art.example              | HTTP | true
			domain art.example              | META | true
			domain+ art.example             | DNS  | true
			domain+ art.example             | HTTP | false
			domain+ art.example             | META | false
			domain 192.0.2.7                | DNS  | false
			prefix https://art.example/ada/ | DNS  | true
			prefix https://art.example/ada/ | HTTP | true
			prefix https://art.example/ada/ | META | true
			prefix https://art.example/ada  | META | false
			prefix https://art.example/?u=ada | META | false
			""")
	void provesOnlyWhatItsPublisherControls(String identifier, ControlMethod method, boolean proves) {
		assertThat(method.proves(CoverageTests.identifier(identifier))).isEqualTo(proves);
	}

	@ParameterizedTest(name = "{0} by {1}")
	@CsvSource(delimiter = '|', textBlock = """
			domain art.example              | DNS  | _consent-registry.art.example
			domain art.example              | HTTP | https://art.example/.well-known/consent-registry/TOKEN
			domain art.example              | META | https://art.example/
			prefix https://art.example/ada/ | DNS  | _consent-registry.art.example
			prefix https://art.example/ada/ | HTTP | https://art.example/.well-known/consent-registry/TOKEN
			prefix http://art.example/ada/  | META | https://art.example/ada/
			prefix https://art.example:8443/ada/ | META | https://art.example:8443/ada/
			""")
	void looksInThePlaceTheCreatorsGuideNames(String identifier, ControlMethod method, String where) {
		ControlProperties https = TestSettings.settings(false, null, "");
		ControlProperties settings = new ControlProperties(https.validity(), https.recheckWhenRemaining(),
				https.recheckEvery(), https.recheckRetry(), https.pendingTtl(), https.maxPendingPerIssuer(),
				https.maxPending(), https.maxClaimsPerMinute(), https.minCheckInterval(), false, false, null, "",
				https.connectTimeout(), https.timeout(), https.maxRedirects(), https.maxBodySize());
		assertThat(method.where(CoverageTests.identifier(identifier), "TOKEN", settings)).isEqualTo(where);
	}

}
