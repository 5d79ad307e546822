package org.consentregistry.registry.search;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * The search document of one record version, keyed by {@link #recordId()}. Identifiers
 * are held normalised as the decision engine compares them (URLs by crawler-blocker's
 * {@code UrlNormalizer}, hosts as lower-case ASCII, hashes as lower-case hex).
 *
 * @param recordId the record's id (canonical lower-case UUID), the document key
 * @param recordIri the record's IRI
 * @param work the IRI of the work, shared by every version
 * @param credentialId the credential's {@code urn:uuid:} id
 * @param issuer the issuer's DID
 * @param kind a consent credential or a withdrawal
 * @param status current, superseded or withdrawn
 * @param title the work's title, if given
 * @param creatorName the creator's (possibly pseudonymous) name, if given
 * @param description the work's description, if given
 * @param mediaType the work's media type ({@code dcterms:format}), if given
 * @param received when the registry accepted the record
 * @param validFrom the credential's {@code validFrom}, if given
 * @param logIndex the index of the record's entry in the transparency log, if any
 * @param exactUrls the normalised exact URLs claimed
 * @param urlPrefixes the normalised URL prefixes claimed
 * @param domains the domains claimed
 * @param sha256s the lower-case hex SHA-256 hashes claimed
 * @param purposes per purpose what the terms say; every purpose is present
 * ({@link PurposeEffect#UNSTATED} when the terms are silent)
 * @param verifiedControl whether the issuer proved control of at least one identifier
 */
public record IndexedRecord(String recordId, String recordIri, String work, String credentialId, String issuer,
		Kind kind, RecordStatus status, @Nullable String title, @Nullable String creatorName,
		@Nullable String description, @Nullable String mediaType, Instant received, @Nullable Instant validFrom,
		@Nullable Long logIndex, List<String> exactUrls, List<String> urlPrefixes, List<Domain> domains,
		List<String> sha256s, Map<Purpose, PurposeEffect> purposes, boolean verifiedControl) {

	public IndexedRecord {
		Objects.requireNonNull(recordId, "recordId");
		exactUrls = List.copyOf(exactUrls);
		urlPrefixes = List.copyOf(urlPrefixes);
		domains = List.copyOf(domains);
		sha256s = List.copyOf(sha256s);
		EnumMap<Purpose, PurposeEffect> all = new EnumMap<>(Purpose.class);
		for (Purpose purpose : Purpose.values()) {
			all.put(purpose, purposes.getOrDefault(purpose, PurposeEffect.UNSTATED));
		}
		purposes = java.util.Collections.unmodifiableMap(all);
	}

	/** What the terms say about {@code purpose}. */
	public PurposeEffect effect(Purpose purpose) {
		return this.purposes.get(purpose);
	}

	/** A copy with another status. */
	public IndexedRecord withStatus(RecordStatus newStatus) {
		return new IndexedRecord(this.recordId, this.recordIri, this.work, this.credentialId, this.issuer, this.kind,
				newStatus, this.title, this.creatorName, this.description, this.mediaType, this.received,
				this.validFrom, this.logIndex, this.exactUrls, this.urlPrefixes, this.domains, this.sha256s,
				this.purposes, this.verifiedControl);
	}

	/** A copy with another verified-control flag. */
	public IndexedRecord withVerifiedControl(boolean verified) {
		return new IndexedRecord(this.recordId, this.recordIri, this.work, this.credentialId, this.issuer, this.kind,
				this.status, this.title, this.creatorName, this.description, this.mediaType, this.received,
				this.validFrom, this.logIndex, this.exactUrls, this.urlPrefixes, this.domains, this.sha256s,
				this.purposes, verified);
	}

	/** Whether the record is a consent credential or a withdrawal. */
	public enum Kind {

		/** A {@code ConsentCredential}: a work's terms. */
		CREDENTIAL,

		/** A {@code ConsentWithdrawal}: ends a chain, carries only the work's id. */
		WITHDRAWAL;

		/** The lower-case wire form. */
		public String token() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A claimed domain.
	 *
	 * @param host the lower-case ASCII (IDNA) host name
	 * @param includeSubdomains whether every subdomain is claimed too
	 */
	public record Domain(String host, boolean includeSubdomains) {
	}

}
