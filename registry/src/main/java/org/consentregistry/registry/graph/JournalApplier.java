package org.consentregistry.registry.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to TDB2. It applies durable journal entries in order into a
 * write transaction that it keeps open across many of them, and commits in batches,
 * recording in the same transaction how many entries the store holds; plain writes run in
 * the same transaction and are answered once it committed.
 * <p>
 * It commits when the transaction holds {@code commitEvery} entries, is
 * {@code commitInterval} old, when no work came for {@code idleCommit}, after a plain
 * write, and as soon as it has applied what a waiting reader needs. If applying an entry
 * or a plain write throws, the transaction is rolled back and rebuilt from the journal
 * (from the last commit); the plain writes it held run again, the failed one is refused.
 * If rebuilding fails too, the applier keeps the store at its last commit, reports the
 * failure to readers, and tries again every second.
 */
final class JournalApplier implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(JournalApplier.class);

	private final Dataset dataset;

	private final Journal journal;

	private final GraphProperties settings;

	private final AppliedSize appliedSize;

	private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();

	private final List<PlainWrite<?>> uncommittedPlain = new ArrayList<>();

	private final Object commits = new Object();

	private final Thread thread;

	private volatile @Nullable JournalReplayer replayer;

	/** Whether {@link #recover} was called: from then on, reads wait for it. */
	private volatile boolean recoveryRequested;

	/**
	 * The journal's size at startup: entries below it that the store lacks (a crash kept
	 * them from it) are applied only by {@link #recover}.
	 */
	private final long journalAtStart;

	private volatile long committed;

	private volatile long requested;

	private volatile @Nullable RuntimeException failure;

	private volatile boolean closed;

	private boolean inTransaction;

	private long applied;

	private long target;

	private long transactionStarted;

	private long lastAttempt;

	JournalApplier(Dataset dataset, Journal journal, GraphProperties settings) {
		this.dataset = dataset;
		this.journal = journal;
		this.settings = settings;
		this.appliedSize = new AppliedSize(dataset);
		this.committed = this.appliedSize.read();
		if (this.committed > journal.size()) {
			throw new IllegalStateException(
					"The TDB2 store holds " + this.committed + " journal entries but the journal has only "
							+ journal.size() + "; the journal directory is missing or was replaced");
		}
		this.journalAtStart = journal.size();
		this.applied = this.committed;
		this.target = this.committed;
		this.thread = new Thread(this::run, "tdb2-applier");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** The number of journal entries the committed store holds. */
	long committed() {
		return this.committed;
	}

	/** Whether the store holds every journal entry or a replayer can apply the rest. */
	boolean canApply() {
		return this.replayer != null || this.committed >= this.journal.size();
	}

	/**
	 * Sets the replayer and applies, and commits, the entries the store lacks (after a
	 * crash). Returns once done.
	 */
	void recover(JournalReplayer replayer) {
		this.recoveryRequested = true;
		PlainWrite<Void> recovery = new PlainWrite<>((ds) -> {
			this.replayer = replayer;
			this.target = this.journal.size();
			if (this.applied < this.target) {
				logger.info("Applying journal entries {} to {} that the store does not hold yet", this.applied,
						this.target - 1);
				catchUp(true);
			}
			return null;
		});
		submit(recovery);
		recovery.await();
	}

	/** Applies durable entry {@code index} (the next one) with {@code change}. */
	void apply(long index, @Nullable Consumer<Dataset> change) {
		this.queue.add(new Entry(index, change));
	}

	/** Runs a plain write in the write transaction; returns once it committed. */
	<T> T write(Function<Dataset, T> action) {
		PlainWrite<T> write = new PlainWrite<>(action);
		submit(write);
		return write.await();
	}

	/**
	 * Returns once the committed store holds the first {@code size} journal entries,
	 * asking for a commit as soon as they are applied.
	 * @throws IllegalStateException if the applier failed and cannot apply them, or if
	 * the store lacks entries a crash kept from it and {@link #recover} was never called,
	 * so that nothing could ever apply them (a read during startup before the journal was
	 * recovered would otherwise wait forever)
	 */
	void awaitCommitted(long size) {
		if (this.committed >= size || Thread.currentThread() == this.thread) {
			return;
		}
		if (!this.recoveryRequested && this.committed < this.journalAtStart) {
			throw new IllegalStateException("Expected the ingest journal to be recovered before the store is read, "
					+ "but it was not: the store holds " + this.committed + " of " + size
					+ " durable journal entries and nothing applies the rest until RegistryDataset.recover runs "
					+ "(a bean that reads the store at startup must depend on the one that recovers the journal, "
					+ "consentRecords)");
		}
		synchronized (this.commits) {
			if (this.requested < size) {
				this.requested = size;
				this.queue.add(WakeUp.INSTANCE);
			}
			while (this.committed < size && !this.closed) {
				RuntimeException failed = this.failure;
				if (failed != null) {
					throw new IllegalStateException("The store cannot apply the ingest journal: " + failed.getMessage(),
							failed);
				}
				try {
					this.commits.wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the store", ex);
				}
			}
		}
	}

	private void submit(Work work) {
		if (this.closed) {
			throw new IllegalStateException("The dataset is closed");
		}
		this.queue.add(work);
	}

	private void run() {
		List<Work> batch = new ArrayList<>();
		while (!this.closed || !this.queue.isEmpty()) {
			Work first;
			try {
				first = this.queue.poll(this.inTransaction ? this.settings.idleCommit().toMillis() : 100,
						TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (first == null) {
				guarded(this::idle);
				continue;
			}
			batch.add(first);
			this.queue.drainTo(batch, 1023);
			for (Work work : batch) {
				guarded(() -> work.run(this));
			}
			batch.clear();
			guarded(this::afterBatch);
		}
		guarded(this::commitIfOpen);
	}

	private void idle() {
		retryIfFailed();
		commitIfOpen();
	}

	private void afterBatch() {
		retryIfFailed();
		commitIfDue();
	}

	private void retryIfFailed() {
		if (this.failure != null && System.nanoTime() - this.lastAttempt > 1_000_000_000L) {
			rebuild();
		}
	}

	private void guarded(Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException | Error ex) {
			logger.error("The TDB2 applier failed; rolling back to the last commit and applying the journal again", ex);
			rebuild();
		}
	}

	private void applyEntry(Entry entry) {
		if (entry.index() != this.target) {
			throw new IllegalStateException("Expected journal entry " + this.target + " next but got " + entry.index());
		}
		this.target = entry.index() + 1;
		if (this.failure != null) {
			return;
		}
		beginIfNeeded();
		if (entry.change() != null && this.applied == entry.index()) {
			entry.change().accept(this.dataset);
			this.applied = this.target;
		}
		else {
			catchUp(false);
		}
	}

	private void runPlain(PlainWrite<?> write) {
		if (this.failure != null) {
			write.fail(this.failure);
			return;
		}
		beginIfNeeded();
		try {
			write.run(this.dataset);
			this.uncommittedPlain.add(write);
		}
		catch (RuntimeException | Error ex) {
			logger.debug("A write failed; rolling back to the last commit and applying the journal again", ex);
			write.fail(ex);
			rebuild();
		}
	}

	/**
	 * Rolls the transaction back and rebuilds it from the journal, then runs the plain
	 * writes it held again; if that fails too, stays at the last commit.
	 */
	private void rebuild() {
		abortIfOpen();
		this.lastAttempt = System.nanoTime();
		this.applied = this.committed;
		List<PlainWrite<?>> rerun = new ArrayList<>(this.uncommittedPlain);
		this.uncommittedPlain.clear();
		try {
			beginIfNeeded();
			catchUp(false);
			this.failure = null;
		}
		catch (RuntimeException ex) {
			logger.error("Cannot apply journal entries {} to {}; the store stays at its last commit", this.committed,
					this.target - 1, ex);
			abortIfOpen();
			this.applied = this.committed;
			this.failure = ex;
		}
		rerun.forEach(this::runPlain);
	}

	private void catchUp(boolean commitAsYouGo) {
		JournalReplayer replay = this.replayer;
		if (replay == null && this.applied < this.target) {
			throw new IllegalStateException("Cannot apply journal entries: no journal replayer");
		}
		while (this.applied < this.target) {
			beginIfNeeded();
			replay.replay(this.dataset, this.applied, this.journal.read(this.applied));
			this.applied++;
			if (commitAsYouGo && (this.applied - this.committed) >= this.settings.commitEvery()) {
				commit();
			}
		}
	}

	private void beginIfNeeded() {
		if (!this.inTransaction) {
			this.dataset.begin(TxnType.WRITE);
			this.inTransaction = true;
			this.transactionStarted = System.nanoTime();
		}
	}

	private void commitIfDue() {
		if (this.inTransaction && (!this.uncommittedPlain.isEmpty()
				|| (this.requested > this.committed && this.applied >= Math.min(this.requested, this.target))
				|| this.applied - this.committed >= this.settings.commitEvery()
				|| System.nanoTime() - this.transactionStarted >= this.settings.commitInterval().toNanos())) {
			commit();
		}
	}

	private void commitIfOpen() {
		if (this.inTransaction) {
			commit();
		}
	}

	private void commit() {
		long started = System.nanoTime();
		if (this.applied > this.journal.forced()) {
			throw new IllegalStateException("Expected to commit durable journal entries only, below "
					+ this.journal.forced() + ", but the store holds " + this.applied);
		}
		this.appliedSize.write(this.applied);
		this.dataset.commit();
		this.dataset.end();
		this.inTransaction = false;
		if (logger.isDebugEnabled()) {
			logger.debug("Committed journal entries {} to {} and {} other writes in {} ms (open {} ms)", this.committed,
					this.applied, this.uncommittedPlain.size(), (System.nanoTime() - started) / 1_000_000,
					(started - this.transactionStarted) / 1_000_000);
		}
		this.uncommittedPlain.forEach(PlainWrite::acknowledge);
		this.uncommittedPlain.clear();
		synchronized (this.commits) {
			this.committed = this.applied;
			this.commits.notifyAll();
		}
	}

	private void abortIfOpen() {
		if (this.inTransaction) {
			this.inTransaction = false;
			try {
				this.dataset.abort();
			}
			finally {
				this.dataset.end();
			}
		}
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

	/** Work for the applier thread. */
	interface Work {

		void run(JournalApplier applier);

	}

	private record Entry(long index, @Nullable Consumer<Dataset> change) implements Work {

		@Override
		public void run(JournalApplier applier) {
			applier.applyEntry(this);
		}

	}

	private enum WakeUp implements Work {

		INSTANCE;

		@Override
		public void run(JournalApplier applier) {
		}

	}

	private static final class PlainWrite<T> extends PendingResult<T> implements Work {

		private final Function<Dataset, T> action;

		PlainWrite(Function<Dataset, T> action) {
			this.action = action;
		}

		@Override
		public void run(JournalApplier applier) {
			applier.runPlain(this);
		}

		void run(Dataset dataset) {
			hold(this.action.apply(dataset));
		}

	}

}
