package org.consentregistry.registry.log.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content negotiation of the published verifier keys (RFC 9110 §12.5.1): plain text
 * unless JSON ranks first.
 */
class LogKeysControllerTests {

	@ParameterizedTest(name = "Accept: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			text/plain                                  | false
			application/json                            | true
			*/*                                         | false
			application/json, text/plain;q=0.5          | true
			text/plain, application/json                | false
			text/plain;q=0.4, application/json;q=0.9    | true
			application/json;q=0, */*                   | false
			text/html, application/*;q=0.8              | true
			not a media type                            | false
			""")
	void answersJsonOnlyWhenItRanksBeforePlainText(String accept, boolean json) {
		assertThat(LogKeysController.prefersJson(accept)).isEqualTo(json);
	}

}
