package org.consentregistry.registry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Runs searches and suggestions on one searcher: sorting with a record-id tie-breaker
 * (the id's UUID as two numeric doc values, ordered as the id string is, which is what
 * the cursor and the Elasticsearch adapter sort by), {@code search_after} paging, exact
 * totals, facet counts and highlighting. Totals and facet counts are counted once per
 * query and searcher generation ({@link HitCounts}); with them known, a search collects
 * only its page, which lets Lucene skip hits that cannot enter it.
 */
final class LuceneSearches {

	private static final SortField BY_ID_HIGH = new SortField(RecordDocuments.ID_HIGH, SortField.Type.LONG);

	private static final SortField BY_ID_LOW = new SortField(RecordDocuments.ID_LOW, SortField.Type.LONG);

	/**
	 * Newest first, the index's own order ({@link LuceneIndexVersion}): a search sorted
	 * so stops collecting a segment once its page is full.
	 */
	static final Sort NEWEST = new Sort(new SortField(RecordDocuments.RECEIVED, SortField.Type.LONG, true), BY_ID_HIGH,
			BY_ID_LOW);

	/** What a suggestion reads of a document. */
	private static final Set<String> SUGGESTED_FIELDS = Set.of(RecordDocuments.TITLE, RecordDocuments.CREATOR);

	private final LuceneQueries queries;

	private final LuceneHighlights highlights;

	private final HitCounts counts = new HitCounts();

	LuceneSearches(Analyzer analyzer) {
		this.queries = new LuceneQueries(analyzer);
		this.highlights = new LuceneHighlights(analyzer);
	}

	/**
	 * One page of {@code query} from {@code searcher}; {@code snapshot} is written into
	 * the next cursor.
	 */
	SearchResult search(IndexSearcher searcher, SearchQuery query, String snapshot) throws IOException {
		SearchSort sort = query.effectiveSort();
		Query text = this.queries.text(query);
		Query lucene = this.queries.query(query, text);
		HitCounts.Counts counts = this.counts.get(searcher, lucene, query.facets());
		TopDocs topDocs;
		if (counts != null) {
			topDocs = searcher.search(lucene, new TopFieldCollectorManager(sort(sort), query.size() + 1,
					after(query.cursor()), query.size() + 1));
		}
		else {
			TopFieldCollectorManager top = new TopFieldCollectorManager(sort(sort), query.size() + 1,
					after(query.cursor()), Integer.MAX_VALUE);
			Object[] results = searcher.search(lucene,
					new MultiCollectorManager(top, FacetCounts.manager(query.facets())));
			topDocs = (TopDocs) results[0];
			@SuppressWarnings("unchecked")
			Map<Facet, Map<String, Long>> facets = (Map<Facet, Map<String, Long>>) results[1];
			counts = new HitCounts.Counts(topDocs.totalHits.value, unmodifiable(facets));
			this.counts.put(searcher, lucene, query.facets(), counts);
		}
		int count = Math.min(query.size(), topDocs.scoreDocs.length);
		StoredFields stored = searcher.storedFields();
		List<IndexedRecord> records = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			records.add(RecordDocuments.toRecord(stored.document(topDocs.scoreDocs[i].doc)));
		}
		List<Map<String, List<String>>> marked = (text != null) ? this.highlights.highlight(text, records) : null;
		List<SearchHit> hits = new ArrayList<>(count);
		SearchCursor next = null;
		for (int i = 0; i < count; i++) {
			FieldDoc doc = (FieldDoc) topDocs.scoreDocs[i];
			IndexedRecord record = records.get(i);
			float score = (sort == SearchSort.RELEVANCE) ? (Float) doc.fields[0] : 0f;
			hits.add(new SearchHit(record, score, (marked != null) ? marked.get(i) : Map.of()));
			next = new SearchCursor(sort, score, record.received().toEpochMilli(), record.recordId(), snapshot);
		}
		boolean more = topDocs.scoreDocs.length > query.size();
		return new SearchResult(counts.total(), hits, query.facets().isEmpty() ? Map.of() : counts.facets(),
				more ? next : null);
	}

	private static Map<Facet, Map<String, Long>> unmodifiable(Map<Facet, Map<String, Long>> facets) {
		Map<Facet, Map<String, Long>> copy = new EnumMap<>(Facet.class);
		facets.forEach((facet, byValue) -> copy.put(facet, Collections.unmodifiableMap(byValue)));
		return Collections.unmodifiableMap(copy);
	}

	private static Sort sort(SearchSort sort) {
		return switch (sort) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ID_HIGH, BY_ID_LOW);
			case NEWEST -> NEWEST;
			case OLDEST ->
				new Sort(new SortField(RecordDocuments.RECEIVED, SortField.Type.LONG), BY_ID_HIGH, BY_ID_LOW);
		};
	}

	/**
	 * The {@code search_after} position; its doc id is the largest so that a re-indexed
	 * copy of the last hit (same sort values, new doc id) is not returned again.
	 */
	private static @Nullable FieldDoc after(@Nullable SearchCursor cursor) {
		if (cursor == null) {
			return null;
		}
		UUID id = UUID.fromString(cursor.recordId());
		Object first = (cursor.sort() == SearchSort.RELEVANCE) ? (Object) cursor.score() : (Object) cursor.received();
		return new FieldDoc(Integer.MAX_VALUE, cursor.score(),
				new Object[] { first, RecordDocuments.sortable(id.getMostSignificantBits()),
						RecordDocuments.sortable(id.getLeastSignificantBits()) });
	}

	List<Suggestion> suggest(IndexSearcher searcher, String prefix, int limit) throws IOException {
		String lower = prefix.strip().toLowerCase(Locale.ROOT);
		if (lower.isEmpty() || limit < 1) {
			return List.of();
		}
		Query query = new BooleanQuery.Builder()
			.add(new PrefixQuery(new Term(RecordDocuments.SUGGEST, lower)), Occur.MUST)
			.add(LuceneQueries.term(Facet.STATUS.field(), RecordStatus.CURRENT.token()), Occur.FILTER)
			.build();
		TreeMap<String, Suggestion> ranked = new TreeMap<>();
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : searcher.search(query, Math.min(1000, limit * 20)).scoreDocs) {
			var doc = stored.document(hit.doc, SUGGESTED_FIELDS);
			for (String field : List.of(RecordDocuments.TITLE, RecordDocuments.CREATOR)) {
				String value = doc.get(field);
				if (value != null && RecordFields.hasWordStartingWith(value, lower)) {
					String rank = value.toLowerCase(Locale.ROOT).startsWith(lower) ? "0" : "1";
					ranked.putIfAbsent(rank + value.toLowerCase(Locale.ROOT) + "\u0000" + value,
							new Suggestion(value, field));
				}
			}
		}
		return ranked.values().stream().distinct().limit(limit).toList();
	}

}
