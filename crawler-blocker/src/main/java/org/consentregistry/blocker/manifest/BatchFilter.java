package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.DecisionBatch;
import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * One worker's filtering of batches: the fields of up to {@link DecisionBatch#CAPACITY}
 * lines read, their URLs decided as one decision batch, then each line copied to the kept
 * output or written with its reason and evidence to the dropped output. Not thread-safe:
 * a worker has its own.
 */
final class BatchFilter {

	/** The lines of the group being decided, their fields and decisions. */
	private final ItemFields[] items = new ItemFields[DecisionBatch.CAPACITY];

	private final int[] starts = new int[DecisionBatch.CAPACITY];

	private final int[] ends = new int[DecisionBatch.CAPACITY];

	private final ItemDecider decider;

	private final FilterSettings settings;

	private final boolean jsonl;

	private final JsonlFields jsonFields;

	private final CsvFields csvFields;

	/**
	 * A filter of data lines; for CSV, {@code header} is the header line (checked
	 * already).
	 */
	BatchFilter(CompiledRules rules, Purpose purpose, FilterSettings settings, byte @Nullable [] header) {
		this.decider = new ItemDecider(rules, purpose, settings);
		for (int k = 0; k < this.items.length; k++) {
			this.items[k] = new ItemFields();
		}
		this.settings = settings;
		this.jsonl = settings.format().equals("jsonl");
		this.jsonFields = new JsonlFields(settings.urlField(), settings.hashField());
		this.csvFields = new CsvFields(settings.urlField(), settings.hashField());
		if (header != null) {
			this.csvFields.header(header, 0, header.length);
		}
	}

	BatchResult filter(Batch batch) throws IOException {
		Run run = new Run(batch);
		byte[] b = batch.bytes();
		int start = batch.start();
		while (start < batch.end()) {
			int count = 0;
			for (; count < DecisionBatch.CAPACITY && start < batch.end(); count++) {
				int newline = Newlines.indexOf(b, start, batch.end());
				int lineEnd = (newline < 0) ? batch.end() : newline;
				int end = (lineEnd > start && b[lineEnd - 1] == '\r') ? lineEnd - 1 : lineEnd;
				read(count, b, start, end);
				start = lineEnd + 1;
			}
			this.decider.decide(this.items, count);
			for (int k = 0; k < count; k++) {
				one(run, this.items[k], b, this.starts[k], this.ends[k]);
				run.lines++;
			}
		}
		return new BatchResult(batch, run.kept, run.droppedBytes, run.malformed, run.lines, run.keptLines, run.refused,
				run.unknown);
	}

	/**
	 * Reads the fields of the line from {@code start} to {@code end} into item {@code k}.
	 */
	private void read(int k, byte[] b, int start, int end) {
		ItemFields item = this.items[k];
		item.clear();
		this.starts[k] = start;
		this.ends[k] = end;
		if (this.jsonl && blank(b, start, end)) {
			item.malformed("expected a JSON object, got an empty line");
		}
		else if (this.jsonl) {
			this.jsonFields.read(b, start, end, item);
		}
		else {
			this.csvFields.read(b, start, end, item);
		}
	}

	/** Writes a decided (or malformed) line to its output. */
	private void one(Run run, ItemFields item, byte[] b, int start, int end) throws IOException {
		String malformed = item.malformed;
		if (malformed != null) {
			run.malformed(malformed, b, start, end);
			return;
		}
		List<Decision> decisions = item.decisions;
		Answer answer = ItemDecider.combined(decisions);
		if (answer == Answer.ALLOWED || (answer == Answer.UNKNOWN && !this.settings.dropUnknown())) {
			run.keptLines++;
			run.kept.write(b, start, end - start);
			run.kept.write('\n');
		}
		else {
			if (answer == Answer.REFUSED) {
				run.refused++;
			}
			else {
				run.unknown++;
			}
			run.dropped.dropped(run.line(), answer.token(), decisions, b, start, end, this.jsonl);
		}
	}

	private static boolean blank(byte[] b, int start, int end) {
		for (int i = start; i < end; i++) {
			if (b[i] != ' ' && b[i] != '\t') {
				return false;
			}
		}
		return true;
	}

	/** The outputs and counts of one batch. */
	private static final class Run {

		private final Batch batch;

		private final Bytes kept;

		private final Bytes droppedBytes;

		private final DroppedLines dropped;

		private final List<BatchResult.Malformed> malformed = new ArrayList<>();

		private int lines;

		private int keptLines;

		private int refused;

		private int unknown;

		Run(Batch batch) {
			this.batch = batch;
			this.kept = new Bytes(batch.end() - batch.start() + 1);
			this.droppedBytes = new Bytes(batch.end() - batch.start());
			this.dropped = new DroppedLines(this.droppedBytes);
		}

		long line() {
			return this.batch.firstLine() + this.lines;
		}

		void malformed(String reason, byte[] b, int start, int end) throws IOException {
			this.malformed.add(new BatchResult.Malformed(line(), reason));
			this.dropped.malformed(line(), reason, b, start, end);
		}

	}

}
