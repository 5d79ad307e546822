package org.consentregistry.registry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;
import org.consentregistry.registry.search.QueryWords.Word;

/**
 * Where the words of a query occur in one stored field value: the value analysed again
 * with the index's analyzer (the same tokens, positions and offsets as its postings
 * hold), each token compared with the query's words. For a title or a name of a few words
 * this is far cheaper than what the unified highlighter does, which seeks every query
 * term in the index and opens a postings enum with offsets for every hit and field. The
 * matches come out as an {@link OffsetsEnum} in the highlighter's order (start, end,
 * label), each with a frequency of one, as its weight-matches mode reports them, so that
 * Lucene's passage building, scoring and formatting give the same fragments.
 */
final class FieldMatches extends OffsetsEnum {

	private int count;

	private int[] starts = new int[8];

	private int[] ends = new int[8];

	private BytesRef[] labels = new BytesRef[8];

	private int[] order = new int[0];

	private int current = -1;

	private FieldMatches() {
	}

	/**
	 * The matches of {@code words} in {@code value} of {@code field}, ignoring tokens
	 * that end after {@code contentLength} (the highlighter's length limit).
	 */
	static FieldMatches find(Analyzer analyzer, String field, String value, int contentLength, List<Word> words)
			throws IOException {
		FieldMatches matches = new FieldMatches();
		Tokens tokens = hasPhrase(words) ? new Tokens() : null;
		try (TokenStream stream = analyzer.tokenStream(field, value)) {
			TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				int start = offsets.startOffset();
				int end = offsets.endOffset();
				if (start >= contentLength) {
					break;
				}
				if (end > contentLength) {
					continue;
				}
				BytesRef bytes = term.getBytesRef();
				for (Word word : words) {
					if (word instanceof Word.Exact exact && exact.term().bytesEquals(bytes)) {
						matches.add(start, end, exact.label());
					}
					else if (word instanceof Word.Matching matching
							&& matching.automaton().run(bytes.bytes, bytes.offset, bytes.length)) {
						matches.add(start, end, matching.label());
					}
				}
				if (tokens != null) {
					tokens.add(BytesRef.deepCopyOf(bytes), position, start, end);
				}
			}
			stream.end();
		}
		if (tokens != null) {
			for (Word word : words) {
				if (word instanceof Word.Phrase phrase) {
					tokens.markOccurrences(phrase, matches);
				}
			}
		}
		matches.sort();
		return matches;
	}

	private static boolean hasPhrase(List<Word> words) {
		for (Word word : words) {
			if (word instanceof Word.Phrase) {
				return true;
			}
		}
		return false;
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	void add(int start, int end, BytesRef label) {
		for (int i = 0; i < this.count; i++) {
			if (this.starts[i] == start && this.ends[i] == end && this.labels[i].bytesEquals(label)) {
				return;
			}
		}
		if (this.count == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.count * 2);
			this.ends = Arrays.copyOf(this.ends, this.count * 2);
			this.labels = Arrays.copyOf(this.labels, this.count * 2);
		}
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.labels[this.count] = label;
		this.count++;
	}

	/** Orders the matches as the highlighter's queue of offsets enums does. */
	private void sort() {
		this.order = new int[this.count];
		for (int i = 0; i < this.count; i++) {
			int j = i;
			while (j > 0 && compare(this.order[j - 1], i) > 0) {
				this.order[j] = this.order[j - 1];
				j--;
			}
			this.order[j] = i;
		}
	}

	private int compare(int a, int b) {
		if (this.starts[a] != this.starts[b]) {
			return Integer.compare(this.starts[a], this.starts[b]);
		}
		if (this.ends[a] != this.ends[b]) {
			return Integer.compare(this.ends[a], this.ends[b]);
		}
		return this.labels[a].compareTo(this.labels[b]);
	}

	@Override
	public boolean nextPosition() {
		return ++this.current < this.count;
	}

	@Override
	public int freq() {
		return 1;
	}

	@Override
	public BytesRef getTerm() {
		return this.labels[this.order[this.current]];
	}

	@Override
	public int startOffset() {
		return this.starts[this.order[this.current]];
	}

	@Override
	public int endOffset() {
		return this.ends[this.order[this.current]];
	}

	/** The tokens of a value, kept when the query has a phrase. */
	private static final class Tokens {

		private final List<BytesRef> terms = new ArrayList<>();

		private final List<int[]> places = new ArrayList<>();

		void add(BytesRef term, int position, int start, int end) {
			this.terms.add(term);
			this.places.add(new int[] { position, start, end });
		}

		/**
		 * Marks each word of every occurrence of {@code phrase}: its first term, and each
		 * other term at its relative position or, for a sloppy phrase, the token of that
		 * term closest to it within the slop.
		 */
		void markOccurrences(Word.Phrase phrase, FieldMatches matches) {
			BytesRef[] words = phrase.terms();
			int[] chosen = new int[words.length];
			for (int anchor = 0; anchor < this.terms.size(); anchor++) {
				if (!this.terms.get(anchor).bytesEquals(words[0])) {
					continue;
				}
				chosen[0] = anchor;
				boolean found = true;
				for (int w = 1; w < words.length && found; w++) {
					int wanted = this.places.get(anchor)[0] + phrase.positions()[w] - phrase.positions()[0];
					chosen[w] = closest(words[w], wanted, phrase.slop());
					found = chosen[w] >= 0;
				}
				if (found) {
					for (int token : chosen) {
						matches.add(this.places.get(token)[1], this.places.get(token)[2], phrase.label());
					}
				}
			}
		}

		private int closest(BytesRef term, int wanted, int slop) {
			int best = -1;
			int bestDistance = slop + 1;
			for (int t = 0; t < this.terms.size(); t++) {
				int distance = Math.abs(this.places.get(t)[0] - wanted);
				if (distance < bestDistance && this.terms.get(t).bytesEquals(term)) {
					best = t;
					bestDistance = distance;
				}
			}
			return best;
		}

	}

}
