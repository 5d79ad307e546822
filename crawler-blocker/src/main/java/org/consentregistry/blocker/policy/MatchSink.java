package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Collects the matches of records in force at {@code at} whose id is not in
 * {@code hidden} (removed or replaced in a newer overlay).
 *
 * @param at the time of the query
 * @param hidden record ids to leave out
 * @param out where matches go
 */
record MatchSink(Instant at, Set<String> hidden, List<Match> out) implements Consumer<Match> {

	@Override
	public void accept(Match match) {
		ConsentRecord record = match.record();
		if (record.inForceAt(this.at) && (this.hidden.isEmpty() || !this.hidden.contains(record.recordId()))) {
			this.out.add(match);
		}
	}

	void acceptAll(@Nullable List<Match> matches) {
		if (matches != null) {
			matches.forEach(this);
		}
	}

}
