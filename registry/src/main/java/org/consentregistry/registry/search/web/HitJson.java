package org.consentregistry.registry.search.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.search.Highlight;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.SearchHit;
import org.jspecify.annotations.Nullable;

/**
 * One search hit as JSON: the record version's search document, its score, and its
 * highlights as HTML (escaped text, matched words in {@code <mark>}).
 *
 * @param record the record IRI
 * @param id the record id
 * @param work the work IRI
 * @param credential the credential id
 * @param issuer the issuer DID
 * @param kind {@code credential} or {@code withdrawal}
 * @param status {@code current}, {@code superseded} or {@code withdrawn}
 * @param title the work's title
 * @param creatorName the creator's name
 * @param description the work's description
 * @param mediaType the work's media type
 * @param received when the registry accepted it
 * @param validFrom the credential's validFrom
 * @param logIndex its transparency log index
 * @param identifiers what it claims, normalised
 * @param purposes per purpose token: allowed, refused, conditional or unstated
 * @param verifiedControl whether its issuer proved control of an identifier
 * @param score the relevance score (0 unless sorted by relevance)
 * @param highlights per field, HTML fragments with the matched words marked
 */
record HitJson(String record, String id, String work, String credential, String issuer, String kind, String status,
		@Nullable String title, @Nullable String creatorName, @Nullable String description, @Nullable String mediaType,
		Instant received, @Nullable Instant validFrom, @Nullable Long logIndex, IdentifiersJson identifiers,
		Map<String, String> purposes, boolean verifiedControl, float score, Map<String, List<String>> highlights) {

	static HitJson of(SearchHit hit) {
		IndexedRecord r = hit.record();
		Map<String, String> purposes = new LinkedHashMap<>();
		for (Purpose purpose : Purpose.values()) {
			purposes.put(purpose.token(), r.effect(purpose).token());
		}
		Map<String, List<String>> highlights = new LinkedHashMap<>();
		hit.highlights()
			.forEach((field, fragments) -> highlights.put(field, fragments.stream().map(Highlight::toHtml).toList()));
		return new HitJson(r.recordIri(), r.recordId(), r.work(), r.credentialId(), r.issuer(), r.kind().token(),
				r.status().token(), r.title(), r.creatorName(), r.description(), r.mediaType(), r.received(),
				r.validFrom(), r.logIndex(), IdentifiersJson.of(r), purposes, r.verifiedControl(), hit.score(),
				highlights);
	}

	/**
	 * A record's identifiers, normalised.
	 *
	 * @param urls exact URLs
	 * @param urlPrefixes URL prefixes
	 * @param domains domains
	 * @param sha256 content hashes
	 */
	record IdentifiersJson(List<String> urls, List<String> urlPrefixes, List<IndexedRecord.Domain> domains,
			List<String> sha256) {

		static IdentifiersJson of(IndexedRecord r) {
			return new IdentifiersJson(r.exactUrls(), r.urlPrefixes(), r.domains(), r.sha256s());
		}

	}

}
