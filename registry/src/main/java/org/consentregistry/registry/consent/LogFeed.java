package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;

import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.consentregistry.registry.graph.JournalListener;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.log.CheckpointException;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.MerkleStore;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Feeds the transparency log from the ingest journal: journal entry {@code i} is log leaf
 * {@code i}, so a record and its log entry exist together. The Merkle tree is derived
 * data: at startup it is brought level with the journal (cut back if it holds leaves of
 * entries a crash took back before they were durable, extended with the leaves it lacks).
 * Checkpoints are only signed over durable entries, so no crash can take back an entry
 * that a signed checkpoint covers.
 */
@Component
public class LogFeed implements JournalListener {

	private static final Logger logger = LoggerFactory.getLogger(LogFeed.class);

	private final RegistryDataset dataset;

	private final MerkleStore store;

	private final Checkpoints checkpoints;

	private final boolean enabled;

	private final ArrayDeque<byte[]> pending = new ArrayDeque<>();

	LogFeed(RegistryDataset dataset, MerkleStore store, Checkpoints checkpoints,
			@Value("${registry.log.enabled:true}") boolean enabled) throws IOException {
		this.dataset = dataset;
		this.store = store;
		this.checkpoints = checkpoints;
		this.enabled = enabled;
		if (enabled) {
			level();
			dataset.listen(this);
		}
		else {
			logger.warn("The transparency log is off (registry.log.enabled=false): no tree, no checkpoints, "
					+ "no receipts. Use this only to measure what the log costs.");
		}
	}

	private void level() throws IOException {
		long journal = this.dataset.journalSize();
		if (this.store.size() > journal) {
			logger.warn("The log's tree holds {} leaves but the journal only {} durable entries; cutting it back",
					this.store.size(), journal);
			this.store.truncate(journal);
		}
		if (this.store.size() > 0) {
			long last = this.store.size() - 1;
			if (!Arrays.equals(this.store.leafHash(last), leafHash(this.dataset.journalEntry(last)))) {
				throw new IllegalStateException("Leaf " + last + " of the log's tree does not match journal entry "
						+ last + "; the tree files do not belong to this journal. Move the tree directory away to "
						+ "rebuild it from the journal.");
			}
		}
		if (this.store.size() < journal) {
			logger.info("Adding journal entries {} to {} to the log's tree", this.store.size(), journal - 1);
			for (long index = this.store.size(); index < journal; index++) {
				this.store.append(leafHash(this.dataset.journalEntry(index)));
			}
		}
	}

	/**
	 * Keeps the leaf hash until the entry is durable: the tree only ever holds durable
	 * entries, so a checkpoint signed over it survives any crash.
	 */
	@Override
	public void appended(long index, byte[] entry) {
		long expected = this.store.size() + this.pending.size();
		if (index != expected) {
			throw new IllegalStateException("Expected journal entry " + index + " to be log leaf " + expected);
		}
		this.pending.add(leafHash(entry));
	}

	@Override
	public void durable(long size) {
		try {
			while (this.store.size() < size && !this.pending.isEmpty()) {
				this.store.append(this.pending.removeFirst());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append to the log's tree", ex);
		}
	}

	/**
	 * A receipt for a record: its leaf and the inclusion proof to a signed checkpoint
	 * that covers it; empty for records stored before the log existed.
	 * @throws ProblemException if the log cannot sign a checkpoint now
	 */
	public Optional<Receipt> receipt(RecordEntry entry, ConsentRecords records) {
		Long index = entry.logIndex();
		if (index == null || !this.enabled) {
			return Optional.empty();
		}
		byte[] leaf = records.leaf(entry).orElseThrow();
		try {
			SignedCheckpoint checkpoint = this.checkpoints.covering(index + 1);
			return Optional
				.of(new Receipt(index, leaf, this.store.inclusionProof(index, checkpoint.size()), checkpoint.note()));
		}
		catch (CheckpointException ex) {
			throw new ProblemException(Problem.CHECKPOINT_UNAVAILABLE,
					"The record is stored, but the log cannot sign a checkpoint now: " + ex.getMessage());
		}
	}

	private static byte[] leafHash(byte[] entry) {
		return TreeHasher.leafHash(JournalEntryCodec.leaf(entry));
	}

}
