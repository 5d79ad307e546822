package org.consentregistry.registry.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Marks matched words in hits with the {@link Highlight} markers: title and creator name
 * whole, the description as up to three sentences. The words are found in the stored
 * values the hits already carry ({@link FieldMatches}: analysed again, compared with the
 * query's words); Lucene's {@link FieldHighlighter} builds, scores and formats the
 * passages from them exactly as the unified highlighter does in its weight-matches mode,
 * without opening the index's postings for every hit, field and term.
 */
final class LuceneHighlights {

	/** The longest part of a value that is highlighted, as the unified highlighter's. */
	static final int MAX_LENGTH = 10_000;

	static final char SEPARATOR = '\u0003';

	private static final String[] WHOLE_FIELDS = { RecordDocuments.TITLE, RecordDocuments.CREATOR };

	private final Analyzer analyzer;

	LuceneHighlights(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** Per record (in the order of {@code records}), field to fragments. */
	List<Map<String, List<String>>> highlight(Query text, List<IndexedRecord> records) throws IOException {
		QueryWords words = QueryWords.of(text);
		Matches matches = new Matches();
		FieldHighlighter whole = highlighter(matches, new WholeBreakIterator(), 1);
		FieldHighlighter sentences = highlighter(matches, BreakIterator.getSentenceInstance(Locale.ROOT), 3);
		List<Map<String, List<String>>> all = new ArrayList<>(records.size());
		for (IndexedRecord record : records) {
			Map<String, List<String>> fields = new HashMap<>();
			for (String field : WHOLE_FIELDS) {
				String value = RecordDocuments.TITLE.equals(field) ? record.title() : record.creatorName();
				highlight(field, value, words, matches, whole, fields);
			}
			highlight(RecordDocuments.DESCRIPTION, record.description(), words, matches, sentences, fields);
			all.add(fields);
		}
		return all;
	}

	private void highlight(String field, @Nullable String value, QueryWords words, Matches matches,
			FieldHighlighter highlighter, Map<String, List<String>> fields) throws IOException {
		List<QueryWords.Word> wanted = words.in(field);
		if (value == null || value.isEmpty() || wanted.isEmpty()) {
			return;
		}
		String content = (value.length() > MAX_LENGTH) ? value.substring(0, MAX_LENGTH) : value;
		FieldMatches found = FieldMatches.find(this.analyzer, field, value, content.length(), wanted);
		if (found.isEmpty()) {
			return;
		}
		matches.next = found;
		Object marked = highlighter.highlightFieldForDoc(null, -1, content);
		if (marked instanceof String fragments && !fragments.isEmpty()) {
			fields.put(field, List.of(fragments.split(String.valueOf(SEPARATOR))));
		}
	}

	private static FieldHighlighter highlighter(Matches matches, BreakIterator breaks, int passages) {
		return new FieldHighlighter("stored", matches, breaks, new PassageScores(), passages, 0, new MarkerFormatter(),
				Comparator.comparingInt(Passage::getStartOffset));
	}

	/** Hands the highlighter the matches found for the value it is given next. */
	private static final class Matches extends FieldOffsetStrategy {

		private OffsetsEnum next = OffsetsEnum.EMPTY;

		Matches() {
			super(new UHComponents("stored", (field) -> false, new MatchNoDocsQuery(), new BytesRef[0],
					PhraseHelper.NONE, new LabelledCharArrayMatcher[0], false, Set.of()));
		}

		@Override
		public OffsetSource getOffsetSource() {
			return OffsetSource.ANALYSIS;
		}

		@Override
		public OffsetsEnum getOffsetsEnum(@Nullable LeafReader reader, int docId, String content) {
			OffsetsEnum matches = this.next;
			this.next = OffsetsEnum.EMPTY;
			return matches;
		}

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
	static final class MarkerFormatter extends PassageFormatter {

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
