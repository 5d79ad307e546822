package org.consentregistry.registry.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentregistry.registry.search.TestIndexedRecords.record;

/**
 * Highlights from stored values: the same fragments as Lucene's unified highlighter
 * reading offsets from the postings (what the adapter used before) for words, prefixes,
 * fuzzy words, negations and alternatives of the simple query syntax; phrases marked word
 * by word where they occur (the unified highlighter marked a phrase as one span; the
 * Elasticsearch adapter marks each word, and so does this one now); and passage scores as
 * Lucene counts them.
 */
class LuceneHighlightsTests {

	private static final Analyzer analyzer = new StandardAnalyzer();

	private static final LuceneQueries queries = new LuceneQueries(analyzer);

	private static final List<IndexedRecord> records = List.of(
			record("harbour").title("Harbour at dusk #1").description(description("harbour", "at dusk")).build(),
			record("marsh").title("Salt marsh in fog #2")
				.creator("Chiamaka Eze")
				.description(description("salt marsh", "in fog"))
				.build(),
			record("long").title("Harbour and harbour lights")
				.description("The quay is empty. Boats rest in the harbour at dusk. Nobody walks by. "
						+ "A gull cries over the harbour. Fog comes in from the sea, and the harbour "
						+ "disappears. Later the lights of the harbour return, one by one. The end.")
				.build(),
			record("phrase").title("Example of Ada")
				.creator("Ada Example")
				.description("Ada wrote it. An example follows: Ada Example, the harbour painter.")
				.build(),
			record("huge").title("Quarry notes")
				.creator("Bo Lindqvist")
				.description("Quarry stone. ".repeat(760) + "A harbour beyond the limit.")
				.build());

	private static ByteBuffersDirectory directory;

	private static DirectoryReader reader;

	@BeforeAll
	static void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (IndexedRecord record : records) {
				writer.addDocument(RecordDocuments.toDocument(record));
			}
		}
		reader = DirectoryReader.open(directory);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		directory.close();
	}

	static List<String> queries() {
		return List.of("harbour", "HARBOUR dusk", "harb*", "quarr*", "ada example", "harbour -dusk",
				"harbour | glacier", "habrour~1", "fog | lights", "stone", "(harbour | marsh) + (dusk | fog)",
				"painter | chiamaka");
	}

	@ParameterizedTest
	@MethodSource("queries")
	void marksWhatTheUnifiedHighlighterMarksFromPostings(String text) throws IOException {
		Query query = queries.text(SearchQuery.builder().text(text).build());
		IndexSearcher searcher = new IndexSearcher(reader);
		ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
		assertThat(hits).isNotEmpty();
		int[] docIds = new int[hits.length];
		List<IndexedRecord> found = new ArrayList<>();
		for (int i = 0; i < hits.length; i++) {
			docIds[i] = hits[i].doc;
			found.add(RecordDocuments.toRecord(searcher.storedFields().document(hits[i].doc)));
		}
		List<Map<String, List<String>>> expected = unifiedHighlights(searcher, query, docIds);
		assertThat(visible(new LuceneHighlights(analyzer).highlight(query, found))).isEqualTo(visible(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"salt marsh\"", "\"SALT marsh\" fog" })
	void marksEachWordOfAPhraseInEveryFieldItOccursIn(String text) throws IOException {
		Query query = queries.text(SearchQuery.builder().text(text).build());
		Map<String, List<String>> marked = new LuceneHighlights(analyzer).highlight(query, List.of(records.get(1)))
			.get(0);
		String fog = text.endsWith("fog") ? marked("fog") : "fog";
		assertThat(marked.get("title")).containsExactly(marked("Salt") + " " + marked("marsh") + " in " + fog + " #2");
		assertThat(marked.get("description")).containsExactly("A picture of " + marked("salt") + " " + marked("marsh")
				+ " in " + fog + " by Ada Example, first published on art.example.");
	}

	@Test
	void marksEachWordOfAPhraseOnlyWhereThePhraseOccurs() throws IOException {
		Query query = queries.text(SearchQuery.builder().text("\"ada example\"").build());
		Map<String, List<String>> marked = new LuceneHighlights(analyzer).highlight(query, List.of(records.get(3)))
			.get(0);
		assertThat(marked.get("creatorName")).containsExactly(marked("Ada") + " " + marked("Example"));
		assertThat(marked.get("description")).containsExactly(
				"An example follows: " + marked("Ada") + " " + marked("Example") + ", the harbour painter.");
		assertThat(marked).doesNotContainKey("title");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"harbour dusk\"~2", "\"dusk harbour\"~3" })
	void marksTheWordsOfASloppyPhraseNearEachOther(String text) throws IOException {
		Query query = queries.text(SearchQuery.builder().text(text).build());
		Map<String, List<String>> marked = new LuceneHighlights(analyzer).highlight(query, List.of(records.get(2)))
			.get(0);
		assertThat(marked.get("description"))
			.containsExactly("Boats rest in the " + marked("harbour") + " at " + marked("dusk") + ".");
		assertThat(marked).doesNotContainKey("title");
	}

	@Test
	void marksNothingInAFieldTheQueryDoesNotMatch() throws IOException {
		Query query = queries.text(SearchQuery.builder().text("glacier").build());
		assertThat(new LuceneHighlights(analyzer).highlight(query, records))
			.allSatisfy((marked) -> assertThat(marked).isEmpty());
	}

	static List<Passage> passages() {
		return List.of(passage(0, 40, 100), passage(12, 80, 100, "harbour"),
				passage(200, 260, 300, "harbour", "dusk", "harbour"),
				passage(5, 500, 1000, "a", "b", "a", "c", "b", "a"));
	}

	@ParameterizedTest
	@MethodSource("passages")
	void scoresPassagesAsLuceneDoes(Passage passage) {
		int contentLength = 4000;
		assertThat(new LuceneHighlights.PassageScores().score(passage, contentLength))
			.isEqualTo(new PassageScorer().score(passage, contentLength));
	}

	private static String description(String theme, String moment) {
		return "A picture of " + theme + " " + moment + " by Ada Example, first published on art.example.";
	}

	/** Markers as brackets, so that a failure shows them. */
	private static String visible(List<Map<String, List<String>>> highlights) {
		return highlights.toString().replace(Highlight.START, '[').replace(Highlight.END, ']');
	}

	private static String marked(String word) {
		return Highlight.START + word + Highlight.END;
	}

	private static Passage passage(int start, int end, int freqInDoc, String... terms) {
		Passage passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(end);
		int offset = start;
		for (String term : terms) {
			passage.addMatch(offset, offset + term.length(), new BytesRef(term), freqInDoc + term.length());
			offset += term.length() + 1;
		}
		return passage;
	}

	/**
	 * What the adapter did before: the unified highlighter with its defaults (weight
	 * matches), offsets from the postings, Lucene's passage scorer.
	 */
	private static List<Map<String, List<String>>> unifiedHighlights(IndexSearcher searcher, Query query, int[] docIds)
			throws IOException {
		List<Map<String, List<String>>> all = new ArrayList<>();
		for (int i = 0; i < docIds.length; i++) {
			all.add(new HashMap<>());
		}
		collect(unified(searcher, WholeBreakIterator::new).highlightFields(
				new String[] { RecordDocuments.TITLE, RecordDocuments.CREATOR }, query, docIds, new int[] { 1, 1 }),
				all);
		collect(unified(searcher, () -> BreakIterator.getSentenceInstance(Locale.ROOT))
			.highlightFields(new String[] { RecordDocuments.DESCRIPTION }, query, docIds, new int[] { 3 }), all);
		return all;
	}

	private static UnifiedHighlighter unified(IndexSearcher searcher,
			java.util.function.Supplier<BreakIterator> breaks) {
		return UnifiedHighlighter.builder(searcher, analyzer)
			.withBreakIterator(breaks)
			.withFormatter(new LuceneHighlights.MarkerFormatter())
			.withMaxNoHighlightPassages(0)
			.withMaxLength(LuceneHighlights.MAX_LENGTH)
			.build();
	}

	private static void collect(Map<String, String[]> byField, List<Map<String, List<String>>> all) {
		byField.forEach((field, perDoc) -> {
			for (int i = 0; i < perDoc.length; i++) {
				if (perDoc[i] != null && !perDoc[i].isEmpty()) {
					all.get(i).put(field, List.of(perDoc[i].split(String.valueOf(LuceneHighlights.SEPARATOR))));
				}
			}
		});
	}

}
