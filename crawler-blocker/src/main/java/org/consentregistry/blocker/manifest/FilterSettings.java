package org.consentregistry.blocker.manifest;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How to filter a dataset manifest.
 *
 * @param format {@code jsonl} or {@code csv}
 * @param urlField the member (JSONL) or column (CSV) holding the item's URL
 * @param hashField the member or column holding the lower-case hex SHA-256 of its bytes
 * @param recipient the co-op asking (for rules limited to named co-ops), or {@code null}
 * @param commercial whether the use is commercial, or {@code null} if not stated
 * @param at the instant decisions are taken for
 * @param dropUnknown whether items no record decides are dropped (opt-in regime) rather
 * than kept (opt-out regime)
 */
public record FilterSettings(String format, String urlField, String hashField, @Nullable String recipient,
		@Nullable Boolean commercial, Instant at, boolean dropUnknown) {

	public FilterSettings {
		if (!format.equals("jsonl") && !format.equals("csv")) {
			throw new IllegalArgumentException("expected format jsonl or csv, got " + format);
		}
	}

}
