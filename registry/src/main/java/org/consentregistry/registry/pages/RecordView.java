package org.consentregistry.registry.pages;

import java.util.List;

import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.WorkDescription;
import org.jspecify.annotations.Nullable;

/**
 * What the record and work pages show about one record.
 *
 * @param entry the record shown
 * @param work the work and terms shown: the record's own, or for a withdrawal those of
 * the version it withdrew
 * @param identifiers the identifiers in plain words
 * @param terms the terms, one row a purpose
 * @param controlRows each identifier and its issuer's control of it; {@code null} for a
 * withdrawal (its identifiers are listed without)
 * @param conflicts other issuers' current records that claim overlapping identifiers
 * @param log where the record stands in the transparency log; {@code null} if it was
 * recorded before the registry kept a log
 * @param history every version of the record's terms, oldest first
 * @param jsonLd the credential as the text of an embedded JSON-LD block
 */
record RecordView(RecordEntry entry, WorkDescription work, List<String> identifiers, List<TermsRow> terms,
		@Nullable List<ControlRows> controlRows, List<ControlRows.ConflictRow> conflicts,
		RecordModel.@Nullable LogStatus log, List<RecordEntry> history, String jsonLd) {

	/** The work's title as a page heading shows it. */
	String title() {
		return orElse(this.work.title(), "Untitled work");
	}

	/** The work's media type as the pages show it. */
	String mediaType() {
		return orElse(this.work.mediaType(), "not stated");
	}

	/** {@code value} unless it is null or empty (as SpEL's Elvis operator does). */
	private static String orElse(@Nullable String value, String otherwise) {
		return (value != null && !value.isEmpty()) ? value : otherwise;
	}

}
