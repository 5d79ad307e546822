package org.consentregistry.registry.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The registry's metadata about one record.
 *
 * @param id the record's id
 * @param record the record's IRI (also the name of its graph)
 * @param credential the credential's id
 * @param kind {@code ConsentCredential} or {@code ConsentWithdrawal}
 * @param issuer the issuer's DID
 * @param work the IRI of the work the credential is about
 * @param status current, superseded or withdrawn
 * @param received when the registry accepted it
 * @param issued the credential's {@code validFrom}, else its proof's {@code created}
 * @param replaces the IRI of the record this one replaces, if any
 * @param supersededBy the IRI of the record that replaced this one, if any
 * @param supersededAt when that happened, if it did
 * @param mediaType the media type it was submitted with
 * @param sha256 the SHA-256 of the submitted bytes, lower-case hex
 * @param logIndex the index of its entry in the registry's log
 */
public record RecordEntry(RecordId id, String record, String credential, String kind, String issuer, String work,
		RecordStatus status, Instant received, @Nullable Instant issued, @Nullable String replaces,
		@Nullable String supersededBy, @Nullable Instant supersededAt, String mediaType, String sha256,
		@Nullable Long logIndex) {

	/** Whether this record is a withdrawal. */
	public boolean isWithdrawal() {
		return "ConsentWithdrawal".equals(this.kind);
	}

}
