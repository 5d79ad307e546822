package org.consentregistry.blocker.policy;

import java.util.Comparator;

/**
 * A record whose (normalised) identifier matched the identifier asked about. Public so
 * that other indexes of the same records (the compiled engine of
 * {@code org.consentregistry.blocker.engine}) can hand their matches to
 * {@link ConsentRules#combine}.
 *
 * @param record the record
 * @param identifier the record's identifier that matched, normalised
 */
public record Match(ConsentRecord record, Identifier identifier) {

	/**
	 * Most specific first: exact URL, SHA-256, URL prefix (longest first), domain
	 * (longest host first); then by record id, so that the order is total.
	 */
	static final Comparator<Match> MOST_SPECIFIC_FIRST = Comparator
		.comparingInt((Match m) -> m.identifier().kind().ordinal())
		.thenComparing(Comparator.comparingInt(Match::length).reversed())
		.thenComparing((Match m) -> m.record().recordId());

	private int length() {
		if (this.identifier instanceof Identifier.UrlPrefix prefix) {
			return prefix.prefix().length();
		}
		if (this.identifier instanceof Identifier.Domain domain) {
			return domain.host().length();
		}
		return 0;
	}

}
