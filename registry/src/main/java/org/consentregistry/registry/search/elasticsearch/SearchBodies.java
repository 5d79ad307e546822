package org.consentregistry.registry.search.elasticsearch;

import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.Highlight;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchSort;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The search bodies of a page (see {@link SearchPages}), written straight to JSON: the
 * counts (no hits, the exact total, one terms aggregation per facet), the hits (one more
 * than the page holds, a total order ending with the record id's halves,
 * {@code search_after} from the cursor, highlights with the private markers when there is
 * text), and a first page with both in one search.
 */
final class SearchBodies {

	private SearchBodies() {
	}

	/**
	 * A point in time to search in.
	 *
	 * @param id its id
	 * @param keepAlive how long it lives after this search, e.g. {@code 120s}
	 */
	record Snapshot(String id, String keepAlive) {
	}

	static void counts(JsonGenerator json, SearchQuery query, @Nullable Snapshot snapshot) {
		json.writeStartObject().writeName("query");
		QueryJson.write(json, query);
		json.writeNumberProperty("size", 0).writeBooleanProperty("track_total_hits", true);
		pit(json, snapshot);
		aggregations(json, query);
		json.writeEndObject();
	}

	static void hits(JsonGenerator json, SearchQuery query, @Nullable Snapshot snapshot) {
		page(json, query, snapshot, false);
	}

	/**
	 * A first page with its counts in one search: the hits of {@link #hits} (but not one
	 * more than the page: the total tells whether there is a next page), the exact total
	 * and the aggregations of {@link #counts}.
	 */
	static void firstPage(JsonGenerator json, SearchQuery query, @Nullable Snapshot snapshot) {
		page(json, query, snapshot, true);
	}

	private static void page(JsonGenerator json, SearchQuery query, @Nullable Snapshot snapshot, boolean counted) {
		SearchSort sort = query.effectiveSort();
		json.writeStartObject().writeName("query");
		QueryJson.write(json, query);
		// counted, the total says whether there is a next page; else one hit more does
		json.writeNumberProperty("size", counted ? query.size() : query.size() + 1);
		json.writeBooleanProperty("track_total_hits", counted);
		json.writeBooleanProperty("track_scores", query.text() != null);
		pit(json, snapshot);
		json.writeName("sort").writeStartArray();
		if (sort == SearchSort.RELEVANCE) {
			order(json, "_score", "desc");
		}
		else {
			order(json, "received", (sort == SearchSort.NEWEST) ? "desc" : "asc");
		}
		order(json, RecordOrder.HIGH, "asc");
		order(json, RecordOrder.LOW, "asc");
		json.writeEndArray();
		SearchCursor cursor = query.cursor();
		if (cursor != null) {
			json.writeName("search_after").writeStartArray();
			if (sort == SearchSort.RELEVANCE) {
				json.writeNumber((double) cursor.score());
			}
			else {
				json.writeNumber(cursor.received());
			}
			for (long half : RecordOrder.halves(cursor.recordId())) {
				json.writeNumber(half);
			}
			json.writeEndArray();
		}
		if (query.text() != null) {
			highlight(json);
		}
		if (counted) {
			aggregations(json, query);
		}
		json.writeEndObject();
	}

	private static void aggregations(JsonGenerator json, SearchQuery query) {
		if (!query.facets().isEmpty()) {
			json.writeName("aggregations").writeStartObject();
			for (Facet facet : query.facets()) {
				json.writeName(facet.name()).writeStartObject().writeName("terms").writeStartObject();
				json.writeStringProperty("field", Facets.field(facet)).writeNumberProperty("size", 100);
				json.writeEndObject().writeEndObject();
			}
			json.writeEndObject();
		}
	}

	private static void highlight(JsonGenerator json) {
		json.writeName("highlight").writeStartObject();
		json.writeName("pre_tags").writeStartArray().writeString(String.valueOf(Highlight.START)).writeEndArray();
		json.writeName("post_tags").writeStartArray().writeString(String.valueOf(Highlight.END)).writeEndArray();
		json.writeName("fields").writeStartArray();
		highlightField(json, "title", 0);
		highlightField(json, "creatorName", 0);
		highlightField(json, "description", 3);
		json.writeEndArray().writeEndObject();
	}

	private static void highlightField(JsonGenerator json, String field, int fragments) {
		json.writeStartObject().writeName(field).writeStartObject();
		json.writeNumberProperty("number_of_fragments", fragments).writeNumberProperty("fragment_size", 150);
		json.writeEndObject().writeEndObject();
	}

	private static void pit(JsonGenerator json, @Nullable Snapshot snapshot) {
		if (snapshot != null) {
			json.writeName("pit").writeStartObject().writeStringProperty("id", snapshot.id());
			json.writeStringProperty("keep_alive", snapshot.keepAlive()).writeEndObject();
		}
	}

	private static void order(JsonGenerator json, String field, String order) {
		json.writeStartObject().writeName(field).writeStartObject().writeStringProperty("order", order);
		json.writeEndObject().writeEndObject();
	}

}
