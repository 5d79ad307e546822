package org.consentregistry.registry.search;

import java.util.Locale;
import java.util.Optional;

/**
 * What a record's terms say about one purpose, as indexed and filtered on. Derived from
 * the record's rules, taking the purpose hierarchy into account (a rule about {@code tdm}
 * also speaks about {@code ai-train} and {@code genai-train}).
 */
public enum PurposeEffect {

	/** Permitted without conditions (no recipient, commercial-use or date limit). */
	ALLOWED,

	/** Prohibited without conditions. */
	REFUSED,

	/**
	 * Permitted or prohibited only under conditions (for some recipients, for
	 * (non-)commercial use, or until a date).
	 */
	CONDITIONAL,

	/** The terms say nothing about the purpose. */
	UNSTATED;

	/** The lower-case wire form, e.g. {@code refused}. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Looks an effect up by its token, case-insensitively. */
	public static Optional<PurposeEffect> of(String token) {
		for (PurposeEffect effect : values()) {
			if (effect.token().equalsIgnoreCase(token.trim())) {
				return Optional.of(effect);
			}
		}
		return Optional.empty();
	}

}
