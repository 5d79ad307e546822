package org.consentregistry.blocker.policy;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A use of a work that consent terms allow or refuse. Purposes form a hierarchy: refusing
 * a broader purpose refuses every narrower one ({@code tdm} above {@code ai-train} above
 * {@code genai-train}); {@code ai-input} and {@code search} stand beside them.
 *
 * @see <a href=
 * "../../../../../../../schemas/vocab/consent.ttl">schemas/vocab/consent.ttl</a>
 */
public enum Purpose {

	/** Text and data mining of any kind. */
	TDM("tdm", "textAndDataMining", null),

	/** Training any AI model. */
	AI_TRAIN("ai-train", "aiTraining", TDM),

	/** Training a generative AI model. */
	GENAI_TRAIN("genai-train", "generativeAiTraining", AI_TRAIN),

	/** Use as input to an AI system at inference time (retrieval, grounding). */
	AI_INPUT("ai-input", "aiInput", null),

	/** Search indexing. */
	SEARCH("search", "searchIndexing", null);

	private final String token;

	private final String localName;

	private final @Nullable Purpose broader;

	Purpose(String token, String localName, @Nullable Purpose broader) {
		this.token = token;
		this.localName = localName;
		this.broader = broader;
	}

	/** The short token used in JSON-LD and on the API, e.g. {@code genai-train}. */
	public String token() {
		return this.token;
	}

	/**
	 * The local name of the purpose in the consent vocabulary, e.g.
	 * {@code generativeAiTraining}.
	 */
	public String localName() {
		return this.localName;
	}

	/** The next broader purpose, if any. */
	public Optional<Purpose> broader() {
		return Optional.ofNullable(this.broader);
	}

	/**
	 * Whether a rule about this purpose applies to a use for {@code other}: true when
	 * {@code other} is this purpose or narrower than it.
	 */
	public boolean covers(Purpose other) {
		for (Purpose p = other; p != null; p = p.broader) {
			if (p == this) {
				return true;
			}
		}
		return false;
	}

	/** Looks a purpose up by token or vocabulary local name, case-insensitively. */
	public static Optional<Purpose> of(String tokenOrLocalName) {
		String wanted = tokenOrLocalName.trim().toLowerCase(Locale.ROOT);
		for (Purpose p : values()) {
			if (p.token.equals(wanted) || p.localName.toLowerCase(Locale.ROOT).equals(wanted)) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

}
