package org.consentregistry.registry.consent.web;

import java.time.Instant;
import java.util.List;

import org.consentregistry.registry.consent.CredentialShapes;
import org.consentregistry.registry.consent.RecordEntry;
import org.jspecify.annotations.Nullable;

/**
 * A record's metadata as the JSON API shows it.
 *
 * @param record the record IRI
 * @param credential the credential id
 * @param kind ConsentCredential or ConsentWithdrawal
 * @param status current, superseded or withdrawn
 * @param issuer the issuer DID
 * @param work the work IRI
 * @param received when the registry accepted it
 * @param issued its validFrom, else its proof's created
 * @param replaces the record it replaces
 * @param supersededBy the record that replaced it
 * @param supersededAt when it was replaced
 * @param mediaType the media type it was submitted with
 * @param sha256 SHA-256 of the submitted bytes
 */
record RecordJson(String record, String credential, String kind, String status, String issuer, String work,
		String received, @Nullable String issued, @Nullable String replaces, @Nullable String supersededBy,
		@Nullable String supersededAt, String mediaType, String sha256) {

	static RecordJson of(RecordEntry entry) {
		return new RecordJson(entry.record(), entry.credential(), entry.kind(), entry.status().token(), entry.issuer(),
				entry.work(), entry.received().toString(), text(entry.issued()), entry.replaces(), entry.supersededBy(),
				text(entry.supersededAt()), entry.mediaType(), entry.sha256());
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	/**
	 * The answer to a submission.
	 *
	 * @param record the record IRI
	 * @param status its status
	 * @param issuer the issuer DID
	 * @param work the work IRI
	 * @param received when the registry accepted it
	 */
	record Submitted(String record, String status, String issuer, String work, String received,
			@Nullable List<CredentialShapes.Violation> warnings) {

		static Submitted of(RecordEntry entry, List<CredentialShapes.Violation> warnings) {
			return new Submitted(entry.record(), entry.status().token(), entry.issuer(), entry.work(),
					entry.received().toString(), warnings.isEmpty() ? null : warnings);
		}

	}

	/**
	 * A record's version chain.
	 *
	 * @param record the record asked about
	 * @param versions every version of its chain, oldest first
	 */
	record History(String record, List<RecordJson> versions) {
	}

	/**
	 * One page of records.
	 *
	 * @param records the records, newest first
	 * @param total how many match in all
	 * @param limit the page size
	 * @param offset how many matching records precede the page
	 */
	record Listing(List<RecordJson> records, int total, int limit, int offset) {
	}

}
