package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The words of a full-text query that highlighting marks, per field: every term, phrase
 * and multi-term pattern (prefix, fuzzy) the query asks for, except under a
 * {@code MUST_NOT} clause. Each word carries the label the unified highlighter gives the
 * query it came from in weight-matches mode (the query's terms joined by spaces, else its
 * {@code toString()}): passages are scored by distinct labels.
 */
final class QueryWords {

	private static final List<Word> NONE = List.of();

	private final Map<String, List<Word>> byField;

	private QueryWords(Map<String, List<Word>> byField) {
		this.byField = byField;
	}

	static QueryWords of(Query query) {
		Map<String, List<Word>> byField = new HashMap<>();
		query.visit(new QueryVisitor() {

			@Override
			public QueryVisitor getSubVisitor(Occur occur, Query parent) {
				return (occur == Occur.MUST_NOT) ? QueryVisitor.EMPTY_VISITOR : this;
			}

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				if (terms.length == 0) {
					return;
				}
				BytesRef label = label(leaf);
				if (leaf instanceof PhraseQuery phrase && terms.length > 1) {
					BytesRef[] words = new BytesRef[terms.length];
					for (int i = 0; i < terms.length; i++) {
						words[i] = terms[i].bytes();
					}
					add(byField, phrase.getField(),
							new Word.Phrase(words, phrase.getPositions(), phrase.getSlop(), label));
					return;
				}
				for (Term term : terms) {
					add(byField, term.field(), new Word.Exact(term.bytes(), label));
				}
			}

			@Override
			public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
				ByteRunAutomaton run = automaton.get();
				if (run != null) {
					add(byField, field, new Word.Matching(run, label(leaf)));
				}
			}

		});
		return new QueryWords(byField);
	}

	private static void add(Map<String, List<Word>> byField, String field, Word word) {
		byField.computeIfAbsent(field, (f) -> new ArrayList<>()).add(word);
	}

	/** The words to mark in {@code field} (none if the query does not search it). */
	List<Word> in(String field) {
		return this.byField.getOrDefault(field, NONE);
	}

	/**
	 * What the unified highlighter reports as the term of a match of {@code leaf}
	 * ({@code OffsetsEnum.OfMatchesIteratorWithSubs.queryToTerm}).
	 */
	static BytesRef label(Query leaf) {
		BytesRefBuilder label = new BytesRefBuilder();
		leaf.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query query, Term... terms) {
				for (Term term : terms) {
					if (label.length() > 0) {
						label.append((byte) ' ');
					}
					label.append(term.bytes());
				}
			}

		});
		return (label.length() > 0) ? label.toBytesRef() : new BytesRef(leaf.toString());
	}

	/** One thing a query looks for in a field. */
	sealed interface Word {

		/** What passages are scored by: matches of one query share it. */
		BytesRef label();

		/** One term. */
		record Exact(BytesRef term, BytesRef label) implements Word {
		}

		/** Every term an automaton accepts (a prefix, a fuzzy term). */
		record Matching(ByteRunAutomaton automaton, BytesRef label) implements Word {
		}

		/**
		 * Terms at relative positions, up to {@code slop} moves apart; each word of an
		 * occurrence is marked on its own.
		 */
		record Phrase(BytesRef[] terms, int[] positions, int slop, BytesRef label) implements Word {
		}

	}

}
