package org.consentregistry.registry.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.PurposeEffect;
import org.consentregistry.registry.search.SearchHit;
import org.consentregistry.registry.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * What the results page shows of one search: its hits with highlighted, escaped matches,
 * the facets as checkable options with counts, and the next page's address.
 *
 * @param total how many records match
 * @param hits the hits on this page
 * @param purposes per purpose, its allowed and refused options
 * @param mediaTypes the media type options
 * @param statuses the status options
 * @param verified the verified-control options
 * @param next the next page's address, or {@code null} on the last page
 */
record ResultsView(long total, List<Hit> hits, List<PurposeOptions> purposes, List<Option> mediaTypes,
		List<Option> statuses, List<Option> verified, @Nullable String next) {

	static ResultsView of(SearchResult result, SearchForm form) {
		Map<String, Long> purposeCounts = result.facets().getOrDefault(Facet.PURPOSE, Map.of());
		List<PurposeOptions> purposes = Arrays.stream(Purpose.values())
			.map((purpose) -> new PurposeOptions(TermsRow.label(purpose),
					List.of(PurposeEffect.ALLOWED, PurposeEffect.REFUSED)
						.stream()
						.map((effect) -> purpose.token() + ":" + effect.token())
						.map((token) -> new Option("purpose", token, token.substring(token.indexOf(':') + 1),
								purposeCounts.getOrDefault(token, 0L), form.purposes().contains(token)))
						.toList()))
			.toList();
		List<Option> statuses = Arrays.stream(RecordStatus.values())
			.map((status) -> new Option("status", status.token(), status.token(),
					count(result, Facet.STATUS, status.token()), form.statuses().contains(status.token())))
			.toList();
		List<Option> verified = List.of(new Option("verified", "", "either", result.total(), form.verified().isEmpty()),
				new Option("verified", "true", "verified", count(result, Facet.VERIFIED_CONTROL, "true"),
						"true".equals(form.verified())),
				new Option("verified", "false", "not verified", count(result, Facet.VERIFIED_CONTROL, "false"),
						"false".equals(form.verified())));
		return new ResultsView(result.total(), result.hits().stream().map(Hit::of).toList(), purposes,
				mediaTypes(result, form), statuses, verified,
				(result.next() != null) ? form.url(result.next().encode()) : null);
	}

	private static List<Option> mediaTypes(SearchResult result, SearchForm form) {
		Map<String, Long> counts = result.facets().getOrDefault(Facet.MEDIA_TYPE, Map.of());
		List<String> values = new ArrayList<>(counts.keySet());
		form.mediaTypes().stream().filter((type) -> !counts.containsKey(type)).forEach(values::add);
		values.sort(Comparator.comparing((String type) -> -counts.getOrDefault(type, 0L))
			.thenComparing(Comparator.naturalOrder()));
		return values.stream()
			.map((type) -> new Option("mediaType", type, type, counts.getOrDefault(type, 0L),
					form.mediaTypes().contains(type)))
			.toList();
	}

	private static long count(SearchResult result, Facet facet, String value) {
		return result.facets().getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
	}

	/**
	 * One checkable facet value.
	 *
	 * @param name the parameter name
	 * @param value the parameter value
	 * @param label what the option is called on the page
	 * @param count how many matching records have it
	 * @param checked whether the search filters on it
	 */
	record Option(String name, String value, String label, long count, boolean checked) {

		/** An id for the option's input, unique on the page. */
		public String id() {
			return "f-" + this.name + "-" + this.value.replaceAll("[^A-Za-z0-9]+", "-");
		}

	}

	/**
	 * The options of one purpose.
	 *
	 * @param label the purpose in plain words
	 * @param options its allowed and refused options
	 */
	record PurposeOptions(String label, List<Option> options) {
	}

	/**
	 * One hit, ready to show: title and creator name as safe HTML with {@code <mark>}ed
	 * matches.
	 *
	 * @param titleHtml the title (or a stand-in), escaped, matches marked
	 * @param creatorHtml the creator's name, escaped, matches marked, or {@code null}
	 * @param workId the work's UUID (its page is {@code /works/{workId}})
	 * @param recordId the record's UUID
	 * @param record the search document
	 * @param refused the purposes the terms refuse, in plain words
	 * @param allowed the purposes the terms allow, in plain words
	 */
	record Hit(String titleHtml, @Nullable String creatorHtml, String workId, String recordId, IndexedRecord record,
			String refused, String allowed) {

		static Hit of(SearchHit hit) {
			IndexedRecord record = hit.record();
			String title = highlighted(hit, "title", record.title());
			String creator = highlighted(hit, "creatorName", record.creatorName());
			return new Hit(
					(title != null) ? title
							: (record.kind() == IndexedRecord.Kind.WITHDRAWAL) ? "Withdrawal of terms"
									: "Untitled work",
					creator, record.work().substring(record.work().lastIndexOf(':') + 1), record.recordId(), record,
					purposes(record, PurposeEffect.REFUSED), purposes(record, PurposeEffect.ALLOWED));
		}

		private static @Nullable String highlighted(SearchHit hit, String field, @Nullable String plain) {
			List<String> fragments = hit.highlights().getOrDefault(field, List.of());
			if (!fragments.isEmpty()) {
				return Marks.toHtml(fragments.get(0));
			}
			return (plain != null) ? Marks.plain(plain) : null;
		}

		private static String purposes(IndexedRecord record, PurposeEffect effect) {
			List<String> labels = Arrays.stream(Purpose.values())
				.filter((purpose) -> record.effect(purpose) == effect)
				.map(TermsRow::label)
				.toList();
			return labels.isEmpty() ? "" : String.join(", ", labels);
		}

	}

}
