package org.consentregistry.blocker.policy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A question to the decision engine: may this identifier be used for this purpose?
 *
 * @param identifier a URL (normalised by the engine) or {@code sha256:<hex>}
 * @param purpose the intended use
 * @param recipient the requesting co-op, or {@code null}
 * @param commercial whether the use is commercial, or {@code null} if not stated
 * @param at the point in time to decide at
 */
public record Query(String identifier, Purpose purpose, @Nullable String recipient, @Nullable Boolean commercial,
		Instant at) {

	/** A question with no co-op and no commercial flag, decided now. */
	public static Query of(String identifier, Purpose purpose) {
		return new Query(identifier, purpose, null, null, Instant.now());
	}

}
