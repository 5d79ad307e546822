package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.time.Instant;

import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One bulk check: reads items line by line, decides each with the checkpoint's rules and
 * writes its answer (or error) before reading on, then a summary line. Holds one line and
 * one output buffer at a time, whatever the length of the body.
 */
final class BulkCheck {

	private final NdjsonLines lines;

	private final JsonOutput output;

	private final AnswerWriter writer;

	private final CheckpointRules rules;

	private final Question question;

	private final ItemParser parser = new ItemParser();

	private final Item item = new Item();

	private final Counts counts = new Counts();

	BulkCheck(NdjsonLines lines, JsonOutput output, CheckpointRules rules, Question question) {
		this.lines = lines;
		this.output = output;
		this.writer = new AnswerWriter(output, rules.checkpoint());
		this.rules = rules;
		this.question = question;
	}

	/**
	 * Answers every line, then writes the summary.
	 * @throws IOException if the answer cannot be written (the client went away)
	 */
	void run() throws IOException {
		Problem stop = null;
		String detail = null;
		while (true) {
			try {
				if (!this.lines.next()) {
					break;
				}
			}
			catch (NdjsonLines.TimeLimitReached ex) {
				stop = Problem.BULK_CHECK_TIME_LIMIT;
				detail = "Expected the body to end within the time limit; answered " + this.counts.lines() + " lines";
				break;
			}
			catch (IOException ex) {
				stop = Problem.BULK_CHECK_READ_FAILED;
				detail = "Expected the body to continue after line " + this.counts.lines() + ": " + ex.getMessage();
				break;
			}
			this.counts.line();
			answer();
		}
		this.writer.summary(this.counts, this.rules.checkpoint(), stop, detail);
		this.output.flush();
	}

	private void answer() throws IOException {
		byte[] buffer = this.lines.buffer();
		if (this.lines.tooLong()) {
			this.item.reset();
			error(Problem.ITEM_TOO_LONG, "Expected a line of at most " + this.question.maxLine() + " bytes");
			return;
		}
		if (blank(buffer, this.lines.start(), this.lines.end())) {
			return;
		}
		Item item = this.item;
		if (!this.parser.parse(buffer, this.lines.start(), this.lines.end(), item)) {
			error(item.problem, item.detail);
			return;
		}
		String value = String.valueOf(item.value);
		if (!item.isSha256() && value.regionMatches(true, 0, "sha256:", 0, 7)) {
			error(Problem.INVALID_IDENTIFIER, "Expected \"url\" to be an http(s) URL; send a hash as \"sha256\"");
			return;
		}
		Decision decision;
		try {
			decision = this.rules.rules().decide(this.question.query(item.isSha256() ? "sha256:" + value : value));
		}
		catch (UrlFormatException ex) {
			error(Problem.INVALID_IDENTIFIER, String.valueOf(ex.getMessage()));
			return;
		}
		this.counts.answer(decision.answer());
		this.writer.answer(buffer, item.idStart, item.idEnd, decision);
	}

	private void error(@Nullable Problem problem, @Nullable String detail) throws IOException {
		this.counts.error();
		String text = String.valueOf(detail);
		this.writer.error(this.lines.buffer(), this.item.idStart, this.item.idEnd, this.lines.number(),
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

	/**
	 * What every item of a bulk check asks, apart from the identifier.
	 *
	 * @param purpose the intended use
	 * @param recipient the co-op asking, or {@code null}
	 * @param commercial whether the use is commercial, or {@code null}
	 * @param at the instant decided at: when the request started
	 * @param maxLine the longest line accepted, in bytes
	 */
	record Question(Purpose purpose, @Nullable String recipient, @Nullable Boolean commercial, Instant at,
			int maxLine) {

		Query query(String identifier) {
			return new Query(identifier, this.purpose, this.recipient, this.commercial, this.at);
		}

	}

}
