package org.consentregistry.registry.consent.web;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.consentregistry.blocker.tlog.Receipt;
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
	 * @param warnings SHACL warnings, if any
	 * @param receipt the record's transparency-log receipt
	 */
	record Submitted(String record, String status, String issuer, String work, String received,
			@Nullable List<CredentialShapes.Violation> warnings, @Nullable ReceiptJson receipt) {

		static Submitted of(RecordEntry entry, List<CredentialShapes.Violation> warnings, @Nullable Receipt receipt) {
			return new Submitted(entry.record(), entry.status().token(), entry.issuer(), entry.work(),
					entry.received().toString(), warnings.isEmpty() ? null : warnings,
					(receipt != null) ? ReceiptJson.of(receipt) : null);
		}

	}

	/**
	 * A receipt: the record's log entry and its inclusion proof to a signed checkpoint;
	 * {@code crawler-blocker}'s and the registry CLI's {@code verify-receipt} read it.
	 *
	 * @param index the entry's index in the log
	 * @param leaf the leaf data, base64
	 * @param inclusionProof the inclusion proof, base64 hashes
	 * @param checkpoint the signed checkpoint (a C2SP signed note)
	 */
	record ReceiptJson(long index, String leaf, List<String> inclusionProof, String checkpoint) {

		static ReceiptJson of(Receipt receipt) {
			Base64.Encoder base64 = Base64.getEncoder();
			return new ReceiptJson(receipt.index(), base64.encodeToString(receipt.leaf()),
					receipt.inclusionProof().stream().map(base64::encodeToString).toList(), receipt.checkpoint());
		}

	}

	/**
	 * A record's version chain.
	 *
	 * @param record the record asked about
	 * @param versions every version of its chain, oldest first
	 * @param at the instant the history is as of, if one was asked
	 * @param logSize the log size the history is as of, if a point was asked
	 */
	record History(String record, List<RecordJson> versions, @Nullable String at, @Nullable Long logSize) {
	}

	/**
	 * One page of records.
	 *
	 * @param records the records, newest first
	 * @param total how many match in all
	 * @param limit the page size
	 * @param offset how many matching records precede the page
	 * @param at the instant the listing is as of, if one was asked
	 * @param logSize the log size the listing is as of, if a point was asked
	 */
	record Listing(List<RecordJson> records, int total, int limit, int offset, @Nullable String at,
			@Nullable Long logSize) {
	}

}
