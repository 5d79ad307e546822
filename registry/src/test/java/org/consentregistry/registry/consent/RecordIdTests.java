package org.consentregistry.registry.consent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RecordIdTests {

	@Test
	void parsesCredentialIdsCaseInsensitively() {
		assertThat(RecordId.ofCredentialId("URN:UUID:0B6E9E6A-3C55-4D1E-9A57-0C6F7D1B2F01"))
			.hasValue(new RecordId("0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "urn:uuid:", "urn:uuid:1-1-1-1-1", "https://example.org/cred/1",
			"urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01x", "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01" })
	void refusesCredentialIdsThatAreNotUrnUuids(String id) {
		assertThat(RecordId.ofCredentialId(id)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", "..", "0b6e9e6a-3c55-4d1e-9a57", "%00", "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01/.." })
	void refusesMalformedPathSegments(String segment) {
		assertThat(RecordId.parse(segment)).isEmpty();
	}

}
