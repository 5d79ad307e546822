package org.consentregistry.registry.search;

import java.util.Optional;

import org.consentregistry.blocker.policy.Purpose;

/**
 * A filter on what the terms say about a purpose, written {@code ai-train:refused} on the
 * API (purpose token, colon, effect token).
 *
 * @param purpose the purpose
 * @param effect the effect the record's terms must give it
 */
public record PurposeFilter(Purpose purpose, PurposeEffect effect) {

	/** Parses {@code <purpose>:<effect>}; empty if either half is unknown. */
	public static Optional<PurposeFilter> parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		Optional<Purpose> purpose = Purpose.of(text.substring(0, colon));
		Optional<PurposeEffect> effect = PurposeEffect.of(text.substring(colon + 1));
		return (purpose.isPresent() && effect.isPresent()) ? Optional.of(new PurposeFilter(purpose.get(), effect.get()))
				: Optional.empty();
	}

	/** The wire form, e.g. {@code ai-train:refused}; also the purpose facet's value. */
	public String token() {
		return this.purpose.token() + ":" + this.effect.token();
	}

}
