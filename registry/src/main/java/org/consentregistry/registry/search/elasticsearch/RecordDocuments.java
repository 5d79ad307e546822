package org.consentregistry.registry.search.elasticsearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.IndexedRecord.Domain;
import org.consentregistry.registry.search.IndexedRecord.Kind;
import org.consentregistry.registry.search.PurposeEffect;
import org.consentregistry.registry.search.PurposeFilter;
import org.consentregistry.registry.search.StoredInstants;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IndexedRecord} as an Elasticsearch document source and back (field names as
 * in {@code search/elasticsearch-records.json}), with the derived fields queries use: the
 * hosts of every identifier and all their parent domains, and one
 * {@code <purpose>:<effect>} term per purpose.
 */
final class RecordDocuments {

	private RecordDocuments() {
	}

	static Map<String, Object> source(IndexedRecord record) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("recordId", record.recordId());
		source.put("recordIri", record.recordIri());
		source.put("work", record.work());
		source.put("credentialId", record.credentialId());
		source.put("issuer", record.issuer());
		source.put("kind", record.kind().token());
		source.put("status", record.status().token());
		putIfPresent(source, "title", record.title());
		putIfPresent(source, "creatorName", record.creatorName());
		putIfPresent(source, "description", record.description());
		putIfPresent(source, "mediaType", record.mediaType());
		source.put("received", record.received().toString());
		putIfPresent(source, "validFrom", (record.validFrom() != null) ? record.validFrom().toString() : null);
		putIfPresent(source, "logIndex", record.logIndex());
		source.put("exactUrls", record.exactUrls());
		source.put("urlPrefixes", record.urlPrefixes());
		source.put("domains",
				record.domains()
					.stream()
					.map((domain) -> Map.of("host", domain.host(), "includeSubdomains", domain.includeSubdomains()))
					.toList());
		source.put("domainHosts", record.domains().stream().map(Domain::host).toList());
		source.put("subdomainHosts",
				record.domains().stream().filter(Domain::includeSubdomains).map(Domain::host).toList());
		source.put("hostSuffixes", hostSuffixes(record));
		source.put("sha256s", record.sha256s());
		source.put("purposes",
				record.purposes()
					.entrySet()
					.stream()
					.map((e) -> new PurposeFilter(e.getKey(), e.getValue()).token())
					.toList());
		source.put("verifiedControl", record.verifiedControl());
		long[] halves = RecordOrder.halves(record.recordId());
		source.put(RecordOrder.HIGH, halves[0]);
		source.put(RecordOrder.LOW, halves[1]);
		return source;
	}

	static IndexedRecord record(Map<String, Object> source) {
		return new IndexedRecord(text(source, "recordId"), text(source, "recordIri"), text(source, "work"),
				text(source, "credentialId"), text(source, "issuer"), Kind.valueOf(upper(source, "kind")),
				RecordStatus.valueOf(upper(source, "status")), optional(source, "title"),
				optional(source, "creatorName"), optional(source, "description"), optional(source, "mediaType"),
				StoredInstants.parse(text(source, "received")), instant(optional(source, "validFrom")),
				(source.get("logIndex") instanceof Number number) ? number.longValue() : null,
				strings(source, "exactUrls"), strings(source, "urlPrefixes"), domains(source),
				strings(source, "sha256s"), purposes(strings(source, "purposes")),
				Boolean.TRUE.equals(source.get("verifiedControl")));
	}

	/** A host and every parent domain of it: {@code a.b.example, b.example, example}. */
	static List<String> suffixes(String host) {
		List<String> suffixes = new ArrayList<>();
		String rest = host;
		int dot;
		do {
			suffixes.add(rest);
			dot = rest.indexOf('.');
			rest = rest.substring(dot + 1);
		}
		while (dot >= 0 && !rest.isEmpty());
		return suffixes;
	}

	/** The host of a normalised URL or URL prefix, or {@code null} if it has none. */
	static @Nullable String host(String url) {
		int start = url.indexOf("://");
		if (start < 0) {
			return null;
		}
		start += 3;
		int end = start;
		while (end < url.length() && "/:?#".indexOf(url.charAt(end)) < 0) {
			end++;
		}
		return (end > start) ? url.substring(start, end) : null;
	}

	private static List<String> hostSuffixes(IndexedRecord record) {
		Set<String> suffixes = new LinkedHashSet<>();
		record.domains().forEach((domain) -> suffixes.addAll(suffixes(domain.host())));
		List<String> urls = new ArrayList<>(record.exactUrls());
		urls.addAll(record.urlPrefixes());
		for (String url : urls) {
			String host = host(url);
			if (host != null) {
				suffixes.addAll(suffixes(host));
			}
		}
		return List.copyOf(suffixes);
	}

	private static Map<Purpose, PurposeEffect> purposes(List<String> tokens) {
		Map<Purpose, PurposeEffect> purposes = new EnumMap<>(Purpose.class);
		tokens.stream()
			.map(PurposeFilter::parse)
			.flatMap(java.util.Optional::stream)
			.forEach((filter) -> purposes.put(filter.purpose(), filter.effect()));
		return purposes;
	}

	@SuppressWarnings("unchecked")
	private static List<Domain> domains(Map<String, Object> source) {
		List<Domain> domains = new ArrayList<>();
		for (Object value : (List<Object>) source.getOrDefault("domains", List.of())) {
			Map<String, Object> domain = (Map<String, Object>) value;
			domains.add(new Domain((String) domain.get("host"), Boolean.TRUE.equals(domain.get("includeSubdomains"))));
		}
		return domains;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> source, String field) {
		return (List<String>) source.getOrDefault(field, List.of());
	}

	private static String text(Map<String, Object> source, String field) {
		return (String) source.get(field);
	}

	private static @Nullable String optional(Map<String, Object> source, String field) {
		return (String) source.get(field);
	}

	private static String upper(Map<String, Object> source, String field) {
		return text(source, field).toUpperCase(java.util.Locale.ROOT);
	}

	private static @Nullable Instant instant(@Nullable String text) {
		return (text != null) ? StoredInstants.parse(text) : null;
	}

	private static void putIfPresent(Map<String, Object> source, String field, @Nullable Object value) {
		if (value != null) {
			source.put(field, value);
		}
	}

}
