package org.consentregistry.registry.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.IndexedRecord.Domain;
import org.consentregistry.registry.search.IndexedRecord.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link IndexedRecord} into a Lucene document and back. Every value is stored,
 * so a hit gives back the record as indexed; keyword fields are indexed verbatim (values
 * arrive normalised), text fields with the standard analyzer.
 */
final class RecordDocuments {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String CREATOR = "creatorName";

	static final String DESCRIPTION = "description";

	static final String RECEIVED = "received";

	/**
	 * The record id's UUID, high 64 bits, as a signed long ordered like the id string.
	 */
	static final String ID_HIGH = "idHigh";

	/** The record id's UUID, low 64 bits, as a signed long ordered like the id string. */
	static final String ID_LOW = "idLow";

	static final String HOST_SUFFIX = "hostSuffix";

	static final String COVERING_DOMAIN = "coveringDomain";

	static final String DOMAIN_HOST = "domainHost";

	static final String SUGGEST = "suggest";

	/**
	 * Analysed, stored text whose postings keep the words' offsets, so highlighting reads
	 * them instead of analysing every hit's text again.
	 */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private RecordDocuments() {
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	static Document toDocument(IndexedRecord record) {
		Document doc = new Document();
		doc.add(new StringField(ID, record.recordId(), Store.YES));
		UUID id = UUID.fromString(record.recordId());
		doc.add(new NumericDocValuesField(ID_HIGH, sortable(id.getMostSignificantBits())));
		doc.add(new NumericDocValuesField(ID_LOW, sortable(id.getLeastSignificantBits())));
		keyword(doc, "recordIri", record.recordIri());
		keyword(doc, "work", record.work());
		keyword(doc, "credentialId", record.credentialId());
		keyword(doc, "issuer", record.issuer());
		keyword(doc, "kind", record.kind().token());
		facet(doc, Facet.STATUS.field(), record.status().token());
		text(doc, TITLE, record.title());
		text(doc, CREATOR, record.creatorName());
		text(doc, DESCRIPTION, record.description());
		if (record.mediaType() != null) {
			doc.add(new StoredField("mediaTypeStored", record.mediaType()));
			facet(doc, Facet.MEDIA_TYPE.field(), record.mediaType().toLowerCase(Locale.ROOT));
		}
		doc.add(new NumericDocValuesField(RECEIVED, record.received().toEpochMilli()));
		doc.add(new LongPoint(RECEIVED, record.received().toEpochMilli()));
		doc.add(new StoredField(RECEIVED, record.received().toString()));
		if (record.validFrom() != null) {
			doc.add(new StoredField("validFrom", record.validFrom().toString()));
		}
		if (record.logIndex() != null) {
			doc.add(new StoredField("logIndex", record.logIndex()));
		}
		record.exactUrls().forEach((url) -> keyword(doc, "url", url));
		record.urlPrefixes().forEach((prefix) -> keyword(doc, "urlPrefix", prefix));
		record.sha256s().forEach((hash) -> keyword(doc, "sha256", hash));
		addDomains(doc, record);
		record.purposes()
			.forEach(
					(purpose, effect) -> facet(doc, Facet.PURPOSE.field(), new PurposeFilter(purpose, effect).token()));
		facet(doc, Facet.VERIFIED_CONTROL.field(), Boolean.toString(record.verifiedControl()));
		RecordFields.wordStarts(record.title()).forEach((start) -> doc.add(new StringField(SUGGEST, start, Store.NO)));
		RecordFields.wordStarts(record.creatorName())
			.forEach((start) -> doc.add(new StringField(SUGGEST, start, Store.NO)));
		return doc;
	}

	/**
	 * Half of a UUID as a signed long that sorts as the unsigned half does, so that
	 * {@code (high, low)} sorts as the canonical lower-case UUID string.
	 */
	static long sortable(long unsignedHalf) {
		return unsignedHalf ^ Long.MIN_VALUE;
	}

	private static void addDomains(Document doc, IndexedRecord record) {
		for (Domain domain : record.domains()) {
			doc.add(new StoredField("domain", domain.host() + "|" + domain.includeSubdomains()));
			doc.add(new StringField(DOMAIN_HOST, domain.host(), Store.NO));
			if (domain.includeSubdomains()) {
				doc.add(new StringField(COVERING_DOMAIN, domain.host(), Store.NO));
			}
		}
		RecordFields.hostSuffixes(record).forEach((host) -> doc.add(new StringField(HOST_SUFFIX, host, Store.NO)));
	}

	static IndexedRecord toRecord(Document doc) {
		Map<Purpose, PurposeEffect> purposes = new EnumMap<>(Purpose.class);
		for (String token : doc.getValues(Facet.PURPOSE.field())) {
			PurposeFilter.parse(token).ifPresent((filter) -> purposes.put(filter.purpose(), filter.effect()));
		}
		List<Domain> domains = new ArrayList<>();
		for (String value : doc.getValues("domain")) {
			int bar = value.lastIndexOf('|');
			domains.add(new Domain(value.substring(0, bar), Boolean.parseBoolean(value.substring(bar + 1))));
		}
		return new IndexedRecord(doc.get(ID), doc.get("recordIri"), doc.get("work"), doc.get("credentialId"),
				doc.get("issuer"), Kind.valueOf(doc.get("kind").toUpperCase(Locale.ROOT)),
				RecordStatus.valueOf(doc.get(Facet.STATUS.field()).toUpperCase(Locale.ROOT)), doc.get(TITLE),
				doc.get(CREATOR), doc.get(DESCRIPTION), doc.get("mediaTypeStored"),
				StoredInstants.parse(doc.get(RECEIVED)), instant(doc, "validFrom"), logIndex(doc),
				List.of(doc.getValues("url")), List.of(doc.getValues("urlPrefix")), domains,
				List.of(doc.getValues("sha256")), purposes,
				Boolean.parseBoolean(doc.get(Facet.VERIFIED_CONTROL.field())));
	}

	private static void keyword(Document doc, String field, String value) {
		doc.add(new StringField(field, value, Store.YES));
	}

	private static void facet(Document doc, String field, String value) {
		doc.add(new StringField(field, value, Store.YES));
		doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
	}

	private static void text(Document doc, String field, @Nullable String value) {
		if (value != null) {
			doc.add(new Field(field, value, TEXT_WITH_OFFSETS));
		}
	}

	private static @Nullable Instant instant(Document doc, String field) {
		String value = doc.get(field);
		return (value != null) ? StoredInstants.parse(value) : null;
	}

	private static @Nullable Long logIndex(Document doc) {
		IndexableField value = doc.getField("logIndex");
		return (value != null) ? value.numericValue().longValue() : null;
	}

}
