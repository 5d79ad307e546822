package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonData;

/**
 * The document layout of the versioned indices, numbered in the mapping's
 * {@code _meta.layout} ({@code search/elasticsearch-records.json}), and the index
 * settings that go with every layout because they can change on a live index.
 */
final class IndexLayout {

	/**
	 * The layout written now. 2 keeps offsets in the postings of the text fields, so that
	 * the highlighter reads where the words matched instead of analysing each hit's text
	 * again; an index of an older layout answers until a rebuild replaces it.
	 */
	static final int CURRENT = 2;

	/**
	 * The unified highlighter's mode that asks the whole query, filters included, for its
	 * matches in every hit and field (a query rewrite and a weight per hit and field).
	 * Off, it marks the terms the query holds for the field, which for the simple query
	 * strings of {@link QueryJson} are the same words, at a third of the cost.
	 */
	static final String WEIGHT_MATCHES = "index.highlight.weight_matches_mode.enabled";

	private IndexLayout() {
	}

	/** The settings every index gets, when created and when found live. */
	static Map<String, JsonData> dynamicSettings() {
		return Map.of(WEIGHT_MATCHES, JsonData.of(false));
	}

	/**
	 * The layout of an index (or of the index behind an alias); 1 for one created before
	 * layouts were numbered.
	 */
	static int of(ElasticsearchClient client, String index) throws IOException {
		Map<String, IndexMappingRecord> mappings = client.indices().getMapping((g) -> g.index(index)).mappings();
		int layout = CURRENT;
		for (IndexMappingRecord mapping : mappings.values()) {
			JsonData value = mapping.mappings().meta().get("layout");
			layout = Math.min(layout, (value != null) ? value.to(Integer.class) : 1);
		}
		return layout;
	}

}
