package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;

/**
 * Streams a dataset manifest through compiled rules, one line at a time, never holding
 * more than a line: kept lines are copied byte for byte to the kept output (for CSV after
 * the header), dropped and malformed lines go to the dropped output with the reason and
 * evidence, and every malformed line is also reported to the {@link Listener}. Input and
 * outputs are hashed on the way.
 */
public final class ManifestFilter {

	/** The longest line read; a longer one ends the run with an error. */
	public static final int MAX_LINE = 16 << 20;

	private final CompiledRules rules;

	private final Purpose purpose;

	private final FilterSettings settings;

	/** A filter over rules compiled for {@code purpose}. */
	public ManifestFilter(CompiledRules rules, Purpose purpose, FilterSettings settings) {
		this.rules = rules;
		this.purpose = purpose;
		this.settings = settings;
	}

	/**
	 * Filters {@code in}; the streams are not closed.
	 * @throws IOException if reading or writing fails, a line exceeds {@link #MAX_LINE}
	 * or a CSV header names neither field
	 */
	public FilterResult run(InputStream in, OutputStream kept, OutputStream dropped, Listener listener)
			throws IOException {
		MessageDigest inputDigest = sha256();
		HashingWriter keptOut = new HashingWriter(kept, sha256(), "filter-kept-writer");
		HashingWriter droppedOut = new HashingWriter(dropped, sha256(), "filter-dropped-writer");
		Run run;
		try (keptOut; droppedOut) {
			run = new Run(new LineReader(new HashingReader(in, inputDigest), MAX_LINE), keptOut,
					new DroppedLines(droppedOut), listener);
			run.all();
		}
		return new FilterResult(run.lines, run.reader.bytes(), run.kept, run.refused, run.unknown, run.malformed,
				hex(inputDigest), keptOut.sha256(), droppedOut.sha256());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Hears about malformed lines and progress. */
	public interface Listener {

		/** A line that could not be checked; it goes to the dropped output too. */
		void malformed(long line, String reason);

		/** Called every 65,536 lines. */
		void progress(long lines, long bytes);

	}

	/** One run's state. */
	private final class Run {

		private final LineReader reader;

		private final OutputStream keptOut;

		private final DroppedLines dropped;

		private final Listener listener;

		private final ItemFields item = new ItemFields();

		private final ItemDecider decider = new ItemDecider(ManifestFilter.this.rules, ManifestFilter.this.purpose,
				ManifestFilter.this.settings);

		private final boolean jsonl = ManifestFilter.this.settings.format().equals("jsonl");

		private final JsonlFields jsonFields;

		private final CsvFields csvFields;

		private long lines;

		private long kept;

		private long refused;

		private long unknown;

		private long malformed;

		Run(LineReader reader, OutputStream kept, DroppedLines dropped, Listener listener) {
			this.reader = reader;
			this.keptOut = kept;
			this.dropped = dropped;
			this.listener = listener;
			this.jsonFields = new JsonlFields(ManifestFilter.this.settings.urlField(),
					ManifestFilter.this.settings.hashField());
			this.csvFields = new CsvFields(ManifestFilter.this.settings.urlField(),
					ManifestFilter.this.settings.hashField());
		}

		void all() throws IOException {
			if (!this.jsonl && this.reader.next()) {
				header();
			}
			while (this.reader.next()) {
				this.lines++;
				byte[] b = this.reader.buffer();
				int start = this.reader.start();
				int end = this.reader.end();
				if (this.jsonl && blank(b, start, end)) {
					malformed("expected a JSON object, got an empty line", b, start, end);
				}
				else {
					one(b, start, end);
				}
				if ((this.lines & 0xFFFF) == 0) {
					this.listener.progress(this.lines, this.reader.bytes());
				}
			}
			this.listener.progress(this.lines, this.reader.bytes());
		}

		private void header() throws IOException {
			byte[] b = this.reader.buffer();
			String problem = this.csvFields.header(b, this.reader.start(), this.reader.end());
			if (problem != null) {
				throw new IOException(problem);
			}
			copy(b, this.reader.start(), this.reader.end());
		}

		private void one(byte[] b, int start, int end) throws IOException {
			this.item.clear();
			if (this.jsonl) {
				this.jsonFields.read(b, start, end, this.item);
			}
			else {
				this.csvFields.read(b, start, end, this.item);
			}
			List<Decision> decisions = (this.item.malformed == null) ? this.decider.decide(this.item) : List.of();
			if (this.item.malformed != null) {
				malformed(this.item.malformed, b, start, end);
				return;
			}
			Answer answer = ItemDecider.combined(decisions);
			if (answer == Answer.ALLOWED || (answer == Answer.UNKNOWN && !ManifestFilter.this.settings.dropUnknown())) {
				this.kept++;
				copy(b, start, end);
			}
			else {
				if (answer == Answer.REFUSED) {
					this.refused++;
				}
				else {
					this.unknown++;
				}
				this.dropped.dropped(this.lines, answer.token(), decisions, b, start, end, this.jsonl);
			}
		}

		private void malformed(String reason, byte[] b, int start, int end) throws IOException {
			this.malformed++;
			this.listener.malformed(this.lines, reason);
			this.dropped.malformed(this.lines, reason, b, start, end);
		}

		private void copy(byte[] b, int start, int end) throws IOException {
			this.keptOut.write(b, start, end - start);
			this.keptOut.write('\n');
		}

		private static boolean blank(byte[] b, int start, int end) {
			for (int i = start; i < end; i++) {
				if (b[i] != ' ' && b[i] != '\t') {
					return false;
				}
			}
			return true;
		}

	}

}
