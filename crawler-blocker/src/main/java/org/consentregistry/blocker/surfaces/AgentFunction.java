package org.consentregistry.blocker.surfaces;

import java.util.List;
import java.util.Locale;

import org.consentregistry.blocker.policy.Purpose;

/**
 * What an AI crawler fetches pages for, and so which purposes decide whether it may.
 */
public enum AgentFunction {

	/**
	 * Collects content to train models (or sells it for that); also every crawler whose
	 * use is unclear. Kept out where generative training is not allowed: the narrowest
	 * training purpose, refused whenever {@code tdm} or {@code ai-train} is.
	 */
	TRAINING(List.of(Purpose.GENAI_TRAIN)),

	/**
	 * Indexes content for an AI search product, which answers with it: kept out where
	 * either search or AI input is not allowed.
	 */
	SEARCH(List.of(Purpose.SEARCH, Purpose.AI_INPUT)),

	/** Fetches a page when a user asks an assistant or agent: AI input. */
	USER_TRIGGERED(List.of(Purpose.AI_INPUT));

	private final List<Purpose> purposes;

	AgentFunction(List<Purpose> purposes) {
		this.purposes = purposes;
	}

	/** The purposes that must all be allowed for such a crawler to fetch a path. */
	public List<Purpose> purposes() {
		return this.purposes;
	}

	/** The token used in {@code agent-functions.tsv}, e.g. {@code user-triggered}. */
	public String token() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static AgentFunction of(String token) {
		for (AgentFunction function : values()) {
			if (function.token().equals(token)) {
				return function;
			}
		}
		throw new IllegalArgumentException("expected training, search or user-triggered, got '" + token + "'");
	}

}
