package org.consentregistry.registry.search;

import java.time.Instant;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.jspecify.annotations.Nullable;

/** Signed consent credentials with a chosen title and description, for search tests. */
final class SearchCredentials {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	private SearchCredentials() {
	}

	/**
	 * A signed credential of {@link TestCredentials#CREATOR} for {@code work}, refusing
	 * {@code refused} if not null.
	 */
	static byte[] signed(String id, String work, String title, String description, @Nullable String replaces,
			@Nullable String refused) {
		String unsigned = TestConsentCredentials
			.consent(id, TestCredentials.CREATOR.did(), work, JAN, replaces, refused)
			.replace("\"title\": \"Harbour at dusk\"",
					"\"title\": \"" + title + "\", \"description\": \"" + description + "\"");
		return TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR);
	}

	static byte[] signed(String title, String description) {
		return signed(TestConsentCredentials.newId(), TestConsentCredentials.newId(), title, description, null, null);
	}

}
