package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A point in the registry's past: an instant and the size the log had then. Received
 * times strictly increase in log order, so a record is part of the registry as of this
 * point exactly when it was received at or before {@code at}, and then its log index is
 * below {@code logSize}.
 *
 * @param at the instant
 * @param logSize the number of log entries received at or before it
 */
public record AsOf(Instant at, long logSize) {

	/** Whether something received at {@code received} had been received by this point. */
	public boolean includes(Instant received) {
		return !received.isAfter(this.at);
	}

	/**
	 * A record's entry as it stood at this point: empty if it was received later; its
	 * status as it was then (a chain withdrawn later was only superseded or current), and
	 * without the version that replaced it if that came later.
	 * @param entry the entry as it stands now
	 * @param withdrawnAt when its chain was withdrawn (the withdrawal's received time),
	 * or {@code null} if it was not
	 * @return the entry as it stood
	 */
	public Optional<RecordEntry> view(RecordEntry entry, @Nullable Instant withdrawnAt) {
		if (!includes(entry.received())) {
			return Optional.empty();
		}
		boolean replaced = entry.supersededAt() != null && includes(entry.supersededAt());
		RecordStatus status = (withdrawnAt != null && includes(withdrawnAt)) ? RecordStatus.WITHDRAWN
				: replaced ? RecordStatus.SUPERSEDED : RecordStatus.CURRENT;
		return Optional.of(new RecordEntry(entry.id(), entry.record(), entry.credential(), entry.kind(), entry.issuer(),
				entry.work(), status, entry.received(), entry.issued(), entry.replaces(),
				replaced ? entry.supersededBy() : null, replaced ? entry.supersededAt() : null, entry.mediaType(),
				entry.sha256(), entry.logIndex()));
	}

}
