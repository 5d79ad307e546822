package org.consentregistry.registry.search;

import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneHighlightsTests {

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

}
