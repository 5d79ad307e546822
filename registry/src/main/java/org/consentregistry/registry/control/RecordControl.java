package org.consentregistry.registry.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Identifier;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What lookups show about a record's control: for each of its identifiers whether its
 * issuer's control is verified now, and the current records of other issuers that claim
 * overlapping identifiers (conflicts).
 */
@Component
public class RecordControl {

	private final VerifiedControl control;

	private final CurrentIdentifiers current;

	private final Clock clock;

	RecordControl(VerifiedControl control, CurrentIdentifiers current, Clock clock) {
		this.control = control;
		this.current = current;
		this.clock = clock;
	}

	/**
	 * A record's control status.
	 *
	 * @param identifiers each identifier of the record and its control
	 * @param conflicts other issuers' current records that overlap
	 */
	public record View(List<IdentifierControl> identifiers, List<Conflict> conflicts) {
	}

	/**
	 * One identifier of a record and its issuer's control of it.
	 *
	 * @param identifier the identifier
	 * @param verifiedUntil until when control is verified, or {@code null} if it is not
	 */
	public record IdentifierControl(Identifier identifier, @Nullable Instant verifiedUntil) {

		public boolean verified() {
			return this.verifiedUntil != null;
		}

	}

	public View of(ConsentRecord record) {
		Instant now = this.clock.instant();
		List<IdentifierControl> identifiers = record.identifiers()
			.stream()
			.map((identifier) -> new IdentifierControl(identifier,
					this.control.verifiedUntil(record.issuer(), identifier, now).orElse(null)))
			.toList();
		return new View(identifiers, this.current.conflicts(record.issuer(), record.identifiers()));
	}

}
