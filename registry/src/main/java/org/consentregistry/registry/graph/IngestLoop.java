package org.consentregistry.registry.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that appends to the ingest journal. It takes the journaled writes that
 * arrived together, runs each against a read transaction of the store (the writes keep
 * what they need of entries the store does not hold yet themselves), appends their
 * entries, syncs the journal once for the group, hands the entries to the
 * {@link JournalApplier} and answers the writers: a write is durable, and answered,
 * before the store holds it. If the store falls more than {@code maxBacklog} entries
 * behind, the loop waits for it. If the journal cannot be written, every later write is
 * refused until a restart recovers from the journal.
 */
final class IngestLoop implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(IngestLoop.class);

	private final Dataset dataset;

	private final Journal journal;

	private final JournalApplier applier;

	private final GraphProperties settings;

	private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();

	private final List<Write<?>> answering = new ArrayList<>();

	private final List<Journaled<?>> appended = new ArrayList<>();

	private final Thread thread;

	private volatile List<JournalListener> listeners = List.of();

	private volatile @Nullable RuntimeException failure;

	private volatile boolean closed;

	IngestLoop(Dataset dataset, Journal journal, JournalApplier applier, GraphProperties settings) {
		this.dataset = dataset;
		this.journal = journal;
		this.applier = applier;
		this.settings = settings;
		this.thread = new Thread(this::run, "journal-ingest");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Adds a listener for journal entries. */
	void listen(JournalListener listener) {
		List<JournalListener> more = new ArrayList<>(this.listeners);
		more.add(listener);
		this.listeners = List.copyOf(more);
	}

	/** Runs a journaled write; returns once its entry is durable. */
	<T> T write(JournaledWrite<T> action) {
		if (this.closed) {
			throw new IllegalStateException("The dataset is closed");
		}
		Write<T> write = new Write<>(action);
		this.queue.add(write);
		return write.await();
	}

	private void run() {
		List<Write<?>> batch = new ArrayList<>(this.settings.maxCommitGroup());
		while (!this.closed || !this.queue.isEmpty()) {
			Write<?> first;
			try {
				first = this.queue.poll(100, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (first != null) {
				batch.add(first);
				this.queue.drainTo(batch, this.settings.maxCommitGroup() - 1);
				runBatch(batch);
				batch.clear();
			}
		}
	}

	private void runBatch(List<Write<?>> batch) {
		try {
			refuseIfBroken();
			this.applier.awaitCommitted(this.journal.size() - this.settings.maxBacklog());
			long applied = this.applier.committed();
			this.dataset.begin(TxnType.READ);
			try {
				batch.forEach((write) -> runOne(write, applied));
			}
			finally {
				this.dataset.end();
			}
			if (!this.answering.isEmpty()) {
				makeDurable();
			}
		}
		catch (RuntimeException | Error ex) {
			if (!this.appended.isEmpty() && this.failure == null) {
				logger.error("Cannot write the ingest journal; refusing writes until a restart", ex);
				this.failure = new IllegalStateException("The ingest journal cannot be written: " + ex.getMessage(),
						ex);
			}
			batch.forEach((write) -> write.fail(ex));
		}
		finally {
			this.answering.clear();
			this.appended.clear();
		}
	}

	private void refuseIfBroken() {
		RuntimeException broken = this.failure;
		if (broken != null) {
			throw broken;
		}
		if (!this.applier.canApply()) {
			throw new IllegalStateException("The journal has not been recovered");
		}
	}

	private void runOne(Write<?> write, long applied) {
		long index = this.journal.size();
		Journaled<?> outcome;
		try {
			outcome = write.action.apply(this.dataset, applied, index);
		}
		catch (RuntimeException | Error ex) {
			write.fail(ex);
			return;
		}
		if (outcome.refusal() != null) {
			write.fail(outcome.refusal());
			return;
		}
		write.holdResult(outcome);
		byte[] entry = outcome.entry();
		if (entry != null) {
			this.appended.add(outcome);
			this.journal.append(entry);
			this.listeners.forEach((listener) -> listener.appended(index, entry));
		}
		this.answering.add(write);
	}

	private void makeDurable() {
		long first = this.journal.forced();
		this.journal.force();
		long size = this.journal.forced();
		this.listeners.forEach((listener) -> listener.durable(size));
		for (int i = 0; i < this.appended.size(); i++) {
			this.applier.apply(first + i, this.appended.get(i).change());
		}
		this.answering.forEach(Write::acknowledge);
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.thread.join(30_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class Write<T> extends PendingResult<T> {

		private final JournaledWrite<T> action;

		Write(JournaledWrite<T> action) {
			this.action = action;
		}

		@SuppressWarnings("unchecked")
		void holdResult(Journaled<?> outcome) {
			hold((T) outcome.result());
		}

	}

}
