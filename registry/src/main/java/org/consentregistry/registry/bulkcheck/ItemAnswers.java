package org.consentregistry.registry.bulkcheck;

import java.io.IOException;

import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Answers bulk-check lines one at a time: parses the item, decides it with the
 * checkpoint's rules and writes its answer, or an error in its place, counting both.
 * Reused from line to line by one thread at a time.
 */
final class ItemAnswers {

	private final AnswerWriter writer;

	private final CheckpointRules rules;

	private final BulkCheck.Question question;

	private final Counts counts;

	private final ItemParser parser = new ItemParser();

	private final Item item = new Item();

	ItemAnswers(AnswerWriter writer, CheckpointRules rules, BulkCheck.Question question, Counts counts) {
		this.writer = writer;
		this.rules = rules;
		this.question = question;
		this.counts = counts;
	}

	/**
	 * Answers line {@code number}, held in {@code bytes[start..end)}, or, if
	 * {@code tooLong}, not held at all. A blank line is counted and not answered.
	 */
	void answer(byte[] bytes, int start, int end, boolean tooLong, long number) throws IOException {
		this.counts.line();
		Item item = this.item;
		item.reset();
		if (tooLong) {
			error(bytes, number, Problem.ITEM_TOO_LONG,
					"Expected a line of at most " + this.question.maxLine() + " bytes");
			return;
		}
		if (blank(bytes, start, end)) {
			return;
		}
		if (!this.parser.parse(bytes, start, end, item)) {
			error(bytes, number, item.problem, item.detail);
			return;
		}
		String value = String.valueOf(item.value);
		if (!item.isSha256() && value.regionMatches(true, 0, "sha256:", 0, 7)) {
			error(bytes, number, Problem.INVALID_IDENTIFIER,
					"Expected \"url\" to be an http(s) URL; send a hash as \"sha256\"");
			return;
		}
		Decision decision;
		try {
			decision = this.rules.rules().decide(this.question.query(item.isSha256() ? "sha256:" + value : value));
		}
		catch (UrlFormatException ex) {
			error(bytes, number, Problem.INVALID_IDENTIFIER, String.valueOf(ex.getMessage()));
			return;
		}
		this.counts.answer(decision.answer());
		this.writer.answer(bytes, item.idStart, item.idEnd, decision);
	}

	private void error(byte[] bytes, long number, @Nullable Problem problem, @Nullable String detail)
			throws IOException {
		this.counts.error();
		String text = String.valueOf(detail);
		this.writer.error(bytes, this.item.idStart, this.item.idEnd, number,
				(problem != null) ? problem : Problem.MALFORMED_ITEM,
				text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
	}

	private static boolean blank(byte[] bytes, int start, int end) {
		for (int i = start; i < end; i++) {
			byte b = bytes[i];
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

}
