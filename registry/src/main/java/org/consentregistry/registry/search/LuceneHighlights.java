package org.consentregistry.registry.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Marks matched words in hits with the {@link Highlight} markers: title and creator name
 * whole, the description as up to three sentences.
 */
final class LuceneHighlights {

	private static final char SEPARATOR = '\u0003';

	private static final String[] WHOLE_FIELDS = { RecordDocuments.TITLE, RecordDocuments.CREATOR };

	private static final String[] FRAGMENT_FIELDS = { RecordDocuments.DESCRIPTION };

	private final Analyzer analyzer;

	LuceneHighlights(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** Per hit (in the order of {@code docIds}), field to fragments. */
	List<Map<String, List<String>>> highlight(IndexSearcher searcher, Query text, int[] docIds) throws IOException {
		List<Map<String, List<String>>> all = new ArrayList<>();
		for (int i = 0; i < docIds.length; i++) {
			all.add(new HashMap<>());
		}
		if (docIds.length == 0) {
			return all;
		}
		collect(highlighter(searcher, WholeBreakIterator::new).highlightFields(WHOLE_FIELDS, text, docIds,
				new int[] { 1, 1 }), all);
		collect(highlighter(searcher, () -> BreakIterator.getSentenceInstance(Locale.ROOT))
			.highlightFields(FRAGMENT_FIELDS, text, docIds, new int[] { 3 }), all);
		return all;
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher, java.util.function.Supplier<BreakIterator> breaks) {
		return UnifiedHighlighter.builder(searcher, this.analyzer)
			.withBreakIterator(breaks)
			.withFormatter(new MarkerFormatter())
			.withScorer(new PassageScores())
			.withMaxNoHighlightPassages(0)
			.withMaxLength(10_000)
			.build();
	}

	private static void collect(Map<String, String[]> byField, List<Map<String, List<String>>> all) {
		byField.forEach((field, perDoc) -> {
			for (int i = 0; i < perDoc.length; i++) {
				if (perDoc[i] != null && !perDoc[i].isEmpty()) {
					all.get(i).put(field, List.of(perDoc[i].split(String.valueOf(SEPARATOR))));
				}
			}
		});
	}

	/**
	 * Lucene's passage score (BM25 over the passage's terms, times a norm favouring early
	 * passages), counted without the 32 KB {@code BytesRefHash} that
	 * {@link PassageScorer#score} allocates for every passage it scores, which was a
	 * tenth of the memory a full-text search allocated. Same terms in the same order,
	 * same arithmetic: the same scores.
	 */
	static final class PassageScores extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			BytesRef[] distinct = new BytesRef[matches];
			int[] inPassage = new int[matches];
			int[] inDoc = new int[matches];
			int count = 0;
			for (int i = 0; i < matches; i++) {
				int term = 0;
				while (term < count && !distinct[term].bytesEquals(terms[i])) {
					term++;
				}
				if (term == count) {
					distinct[count] = terms[i];
					inDoc[count] = passage.getMatchTermFreqsInDoc()[i];
					count++;
				}
				inPassage[term]++;
			}
			double score = 0;
			for (int term = 0; term < count; term++) {
				score += tf(inPassage[term], passage.getLength()) * weight(contentLength, inDoc[term]);
			}
			score *= norm(passage.getStartOffset());
			return (float) score;
		}

	}

	/** Writes passages as plain text with markers, separated by a private character. */
	private static final class MarkerFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			StringBuilder out = new StringBuilder();
			for (Passage passage : passages) {
				if (passage.getNumMatches() == 0) {
					continue;
				}
				if (!out.isEmpty()) {
					out.append(SEPARATOR);
				}
				int pos = passage.getStartOffset();
				for (int m = 0; m < passage.getNumMatches(); m++) {
					int start = passage.getMatchStarts()[m];
					int end = passage.getMatchEnds()[m];
					if (start < pos) {
						continue;
					}
					out.append(content, pos, start).append(Highlight.START);
					out.append(content, start, end).append(Highlight.END);
					pos = end;
				}
				out.append(content, pos, passage.getEndOffset());
			}
			return out.toString().strip();
		}

	}

}
