package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Collects the matches of records in force at {@code at} whose id is not {@code hidden}
 * (removed or replaced in a higher level of a {@link LayeredIndex}).
 *
 * @param at the time of the query
 * @param hidden the record ids to leave out, or {@code null} for none
 * @param out where matches go
 */
record MatchSink(Instant at, @Nullable Predicate<String> hidden, List<Match> out) implements Consumer<Match> {

	@Override
	public void accept(Match match) {
		ConsentRecord record = match.record();
		if (record.inForceAt(this.at) && (this.hidden == null || !this.hidden.test(record.recordId()))) {
			this.out.add(match);
		}
	}

	void acceptAll(@Nullable List<Match> matches) {
		if (matches != null) {
			matches.forEach(this);
		}
	}

}
