package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * One ODRL permission or prohibition of a consent policy, compiled.
 *
 * @param effect permit or prohibit
 * @param purpose the purpose the rule is about (it covers narrower purposes too)
 * @param recipients the co-ops the rule is limited to (ODRL {@code recipient}
 * constraint); empty for everyone
 * @param commercial {@code true} if the rule only concerns commercial use, {@code false}
 * if only non-commercial use, {@code null} for both
 * @param until the rule no longer applies at or after this instant (ODRL {@code dateTime}
 * {@code lt}/{@code lteq} constraint); {@code null} for no limit
 * @param duties duties attached to a permission, as vocabulary tokens such as
 * {@code attribute} or {@code compensate}
 */
public record Rule(Effect effect, Purpose purpose, Set<String> recipients, @Nullable Boolean commercial,
		@Nullable Instant until, List<String> duties) {

	public Rule {
		recipients = Set.copyOf(recipients);
		duties = List.copyOf(duties);
	}

	/**
	 * Whether this rule applies to {@code query}: its purpose covers the query's, its
	 * recipients are empty or include the query's recipient, its commercial flag is
	 * {@code null} or the query's, and {@code until} is {@code null} or after the query's
	 * time. Recipients that are http(s) URLs are compared in their normal form (so
	 * {@code https://Coop.example} is {@code https://coop.example/}), others as they are.
	 * A condition the query leaves open ({@code null} recipient or commercial flag) is
	 * decided conservatively: a prohibition applies, a permission does not.
	 * @param query the question
	 * @return whether the rule takes part in the decision
	 */
	public boolean appliesTo(Query query) {
		boolean prohibition = this.effect == Effect.PROHIBIT;
		return this.purpose.covers(query.purpose())
				&& (this.recipients.isEmpty()
						|| ((query.recipient() != null) ? namesRecipient(query.recipient()) : prohibition))
				&& (this.commercial == null
						|| ((query.commercial() != null) ? this.commercial.equals(query.commercial()) : prohibition))
				&& (this.until == null || query.at().isBefore(this.until));
	}

	private boolean namesRecipient(String recipient) {
		if (this.recipients.contains(recipient)) {
			return true;
		}
		String wanted = normalRecipient(recipient);
		for (String named : this.recipients) {
			if (normalRecipient(named).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String normalRecipient(String recipient) {
		try {
			return UrlNormalizer.normalize(recipient);
		}
		catch (UrlFormatException ex) {
			return recipient;
		}
	}

	/** A rule without constraints or duties. */
	public static Rule of(Effect effect, Purpose purpose) {
		return new Rule(effect, purpose, Set.of(), null, null, List.of());
	}

}
