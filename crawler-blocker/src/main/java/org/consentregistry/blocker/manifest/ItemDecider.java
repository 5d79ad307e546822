package org.consentregistry.blocker.manifest;

import java.util.List;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.DecisionBatch;
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

	/** The URL queries of the items being decided. */
	private final DecisionBatch batch = new DecisionBatch();

	ItemDecider(CompiledRules rules, Purpose purpose, FilterSettings settings) {
		this.rules = rules;
		this.purpose = purpose;
		this.settings = settings;
	}

	/**
	 * Decides the first {@code count} items (at most {@link DecisionBatch#CAPACITY}),
	 * their URLs as one batch: fills each item's decisions, URL first, or marks it
	 * malformed (a line malformed already is left as it is).
	 */
	void decide(ItemFields[] items, int count) {
		this.batch.clear();
		for (int k = 0; k < count; k++) {
			ItemFields item = items[k];
			if (item.malformed == null) {
				String url = blankToNull(item.url);
				if (url == null && blankToNull(item.sha256) == null) {
					item.malformed("expected a value in \"" + this.settings.urlField() + "\" or \""
							+ this.settings.hashField() + "\", got neither");
				}
				else if (url != null) {
					item.urlSlot = this.batch.size();
					this.batch.add(query(url));
				}
			}
		}
		this.rules.decide(this.batch);
		for (int k = 0; k < count; k++) {
			if (items[k].malformed == null) {
				decided(items[k]);
			}
		}
	}

	/** Takes the item's URL decision from the batch, then decides its hash. */
	private void decided(ItemFields item) {
		if (item.urlSlot >= 0) {
			try {
				item.decisions.add(this.batch.decision(item.urlSlot));
			}
			catch (UrlFormatException ex) {
				item.malformed(this.settings.urlField() + ": " + ex.getMessage());
				item.decisions.clear();
				return;
			}
		}
		String hash = blankToNull(item.sha256);
		try {
			if (hash != null) {
				item.decisions.add(this.rules.decide(query(hash.startsWith("sha256:") ? hash : "sha256:" + hash)));
			}
		}
		catch (UrlFormatException ex) {
			item.malformed(this.settings.hashField() + ": expected 64 hex digits, got '"
					+ ((hash.length() > 80) ? hash.substring(0, 80) + "..." : hash) + "'");
			item.decisions.clear();
		}
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
