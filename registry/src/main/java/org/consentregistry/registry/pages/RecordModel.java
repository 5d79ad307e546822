package org.consentregistry.registry.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.consentregistry.registry.consent.ConsentRecordMapper;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.control.RecordControl;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the record and work pages show about one record ({@link RecordView}): its work and
 * terms in plain words, identifiers and their control, log status, history and embedded
 * JSON-LD. Each part is read by the record's own keys; nothing here scans the store. The
 * parts that never change for a record come from {@link RecordViews}.
 */
@Component
class RecordModel {

	private final RecordViews views;

	private final RecordControl control;

	private final Checkpoints checkpoints;

	RecordModel(RecordViews views, RecordControl control, Checkpoints checkpoints) {
		this.views = views;
		this.control = control;
		this.checkpoints = checkpoints;
	}

	/**
	 * What the pages show about {@code entry} (the record shown), with {@code described}
	 * (the consent credential whose work and terms are shown: the entry itself, or for a
	 * withdrawal the version it withdrew) and the {@code history}.
	 */
	RecordView view(RecordEntry entry, RecordEntry described, List<RecordEntry> history) {
		RecordViews.Described view = this.views.described(described);
		@Nullable List<ControlRows> controlRows = null;
		List<ControlRows.ConflictRow> conflicts = List.of();
		if (!described.isWithdrawal()) {
			// the decision engine's view of the record, from the work already described
			// rather than from a second read and description of its graph
			RecordControl.View control = this.control.of(ConsentRecordMapper.toEngine(described, view.work()));
			controlRows = control.identifiers().stream().map(ControlRows::of).toList();
			conflicts = control.conflicts().stream().map(ControlRows.ConflictRow::of).toList();
		}
		return new RecordView(entry, view.work(), view.identifiers(), view.terms(), controlRows, conflicts,
				logStatus(entry), history, this.views.jsonLd(entry));
	}

	private @Nullable LogStatus logStatus(RecordEntry entry) {
		Long index = entry.logIndex();
		if (index == null) {
			return null;
		}
		long size = this.checkpoints.latest().map(SignedCheckpoint::size).orElse(0L);
		return new LogStatus(index, (index < size) ? size : null);
	}

	/**
	 * The credential as the text of a {@code <script type="application/ld+json">} data
	 * block: every less-than sign (which valid JSON has only inside strings) written as a
	 * JSON unicode escape, so no content can close the block or start markup.
	 */
	static String embeddable(byte[] json) {
		return new String(json, StandardCharsets.UTF_8).replace("<", "\\u003c");
	}

	/**
	 * Where a record stands in the transparency log.
	 *
	 * @param index its log index
	 * @param checkpointSize the size of the latest signed checkpoint if that includes the
	 * record, else {@code null} (the next checkpoint will)
	 */
	record LogStatus(long index, @Nullable Long checkpointSize) {

		public boolean included() {
			return this.checkpointSize != null;
		}

	}

}
