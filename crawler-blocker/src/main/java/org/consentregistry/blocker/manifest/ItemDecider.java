package org.consentregistry.blocker.manifest;

import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Decides an item by its URL and its hash: refused if either is refused, allowed if
 * either is allowed and neither refused, otherwise unknown. An identifier that cannot be
 * checked makes the line malformed.
 */
final class ItemDecider {

	private final CompiledRules rules;

	private final Purpose purpose;

	private final FilterSettings settings;

	/** The decisions of the current item, reused from item to item. */
	private final List<Decision> decisions = new ArrayList<>(2);

	ItemDecider(CompiledRules rules, Purpose purpose, FilterSettings settings) {
		this.rules = rules;
		this.purpose = purpose;
		this.settings = settings;
	}

	/**
	 * The decisions for the item, URL first; empty if the line is malformed. The list is
	 * reused: it holds them until the next call.
	 */
	List<Decision> decide(ItemFields item) {
		String url = blankToNull(item.url);
		String hash = blankToNull(item.sha256);
		if (url == null && hash == null) {
			item.malformed("expected a value in \"" + this.settings.urlField() + "\" or \"" + this.settings.hashField()
					+ "\", got neither");
			return List.of();
		}
		List<Decision> decisions = this.decisions;
		decisions.clear();
		try {
			if (url != null) {
				decisions.add(this.rules.decide(query(url)));
			}
		}
		catch (UrlFormatException ex) {
			item.malformed(this.settings.urlField() + ": " + ex.getMessage());
			return List.of();
		}
		try {
			if (hash != null) {
				decisions.add(this.rules.decide(query(hash.startsWith("sha256:") ? hash : "sha256:" + hash)));
			}
		}
		catch (UrlFormatException ex) {
			item.malformed(this.settings.hashField() + ": expected 64 hex digits, got '"
					+ ((hash.length() > 80) ? hash.substring(0, 80) + "..." : hash) + "'");
			return List.of();
		}
		return decisions;
	}

	private Query query(String identifier) {
		return new Query(identifier, this.purpose, this.settings.recipient(), this.settings.commercial(),
				this.settings.at());
	}

	static Answer combined(List<Decision> decisions) {
		Answer answer = Answer.UNKNOWN;
		for (Decision decision : decisions) {
			if (decision.answer() == Answer.REFUSED) {
				return Answer.REFUSED;
			}
			if (decision.answer() == Answer.ALLOWED) {
				answer = Answer.ALLOWED;
			}
		}
		return answer;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
