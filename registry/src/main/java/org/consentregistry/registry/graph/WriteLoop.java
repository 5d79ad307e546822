package org.consentregistry.registry.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to TDB2. It keeps a write transaction open across many
 * writes and commits it in large batches (a TDB2 commit costs the same whether it holds
 * one record or thousands); journaled writes are durable, and answered, as soon as the
 * journal is synced, once for every group of writes that arrived together. Plain writes
 * are answered once their transaction committed.
 * <p>
 * The transaction commits when it holds {@code commitEvery} journal entries, when it is
 * {@code commitInterval} old, when the queue has been idle for {@code idleCommit}, and
 * whenever a reader or a plain write asks for it. The journal is always synced before
 * TDB2 commits, so the store is never ahead of the journal. If a write throws, the
 * transaction is rolled back and rebuilt from the journal entries it held, and the plain
 * writes it held are run again.
 */
final class WriteLoop implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(WriteLoop.class);

	private final Dataset dataset;

	private final Journal journal;

	private final GraphProperties settings;

	private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();

	private final List<Task<?>> uncommittedPlain = new ArrayList<>();

	private final List<Task<?>> acknowledging = new ArrayList<>();

	private final Object commits = new Object();

	private final Thread writer;

	private final AppliedSize applied;

	private volatile List<JournalListener> listeners = List.of();

	private volatile @Nullable JournalReplayer replayer;

	private volatile long committedSize;

	private volatile boolean commitRequested;

	private volatile boolean closed;

	private boolean inTransaction;

	private boolean needsReplay;

	private long transactionStarted;

	WriteLoop(Dataset dataset, Journal journal, GraphProperties settings) {
		this.dataset = dataset;
		this.journal = journal;
		this.settings = settings;
		this.applied = new AppliedSize(dataset);
		this.committedSize = this.applied.read();
		if (this.committedSize > journal.size()) {
			throw new IllegalStateException(
					"The TDB2 store holds " + this.committedSize + " journal entries but the journal has only "
							+ journal.size() + "; the journal directory is missing or was replaced");
		}
		this.writer = new Thread(this::run, "tdb2-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** Adds a listener for journal entries. */
	void listen(JournalListener listener) {
		List<JournalListener> more = new ArrayList<>(this.listeners);
		more.add(listener);
		this.listeners = List.copyOf(more);
	}

	/**
	 * Sets how journal entries are applied to the store and applies those the store does
	 * not hold yet (after a crash). Journaled writes wait until this has run.
	 */
	void recover(JournalReplayer replayer) {
		submit(new Task<Void>(null, null, true, new CompletableFuture<>()) {
			@Override
			Void runRecovery() {
				WriteLoop.this.replayer = replayer;
				long from = WriteLoop.this.committedSize;
				long to = WriteLoop.this.journal.size();
				if (from < to) {
					logger.info("Applying journal entries {} to {} that the store does not hold yet", from, to - 1);
					for (long index = from; index < to; index++) {
						beginIfNeeded();
						replayer.replay(WriteLoop.this.dataset, index, WriteLoop.this.journal.read(index));
						if ((index - from + 1) % WriteLoop.this.settings.commitEvery() == 0) {
							commit();
						}
					}
					commit();
				}
				return null;
			}
		});
	}

	/** The number of journal entries; the next journaled write gets this index. */
	long journalSize() {
		return this.journal.size();
	}

	/** Reads journal entry {@code index}. */
	byte[] journalEntry(long index) {
		if (index >= this.journal.forced()) {
			throw new IndexOutOfBoundsException(
					"Expected a durable journal index below " + this.journal.forced() + " but got " + index);
		}
		return this.journal.read(index);
	}

	<T> T write(Function<Dataset, T> action) {
		return submit(new Task<>(action, null, false, new CompletableFuture<>()));
	}

	<T> T writeJournaled(JournaledWrite<T> action) {
		return submit(new Task<>(null, action, false, new CompletableFuture<>()));
	}

	/**
	 * Returns once every journaled write answered before this call is in a committed TDB2
	 * transaction, so that readers see it; asks for an early commit if needed.
	 */
	void awaitCommitted() {
		long target = this.journal.forced();
		if (this.committedSize >= target || Thread.currentThread() == this.writer) {
			return;
		}
		synchronized (this.commits) {
			if (!this.commitRequested) {
				this.commitRequested = true;
				this.queue.add(new Task<>(null, null, false, new CompletableFuture<>()));
			}
			while (this.committedSize < target && !this.closed) {
				try {
					this.commits.wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for a commit", ex);
				}
			}
		}
	}

	private <T> T submit(Task<T> task) {
		if (this.closed) {
			throw new IllegalStateException("The dataset is closed");
		}
		this.queue.add(task);
		try {
			return task.result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a write", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void run() {
		List<Task<?>> batch = new ArrayList<>(this.settings.maxCommitGroup());
		while (!this.closed || !this.queue.isEmpty()) {
			Task<?> first;
			try {
				first = this.queue.poll(this.inTransaction ? this.settings.idleCommit().toMillis() : 100,
						TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (first == null) {
				safely(this::commitIfOpen);
				continue;
			}
			batch.add(first);
			this.queue.drainTo(batch, this.settings.maxCommitGroup() - 1);
			safely(() -> runBatch(batch));
			batch.clear();
		}
		safely(this::commitIfOpen);
	}

	private void safely(Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException | Error ex) {
			logger.error("The TDB2 writer failed; rolling back to the journal", ex);
			failAll(ex);
		}
	}

	private void runBatch(List<Task<?>> batch) {
		for (Task<?> task : batch) {
			if (task.isWakeUp()) {
				continue;
			}
			if (task.isRecovery()) {
				complete(task, task.runRecovery());
			}
			else if (task.plain != null) {
				runPlain(task);
			}
			else if (this.replayer == null && this.journal.size() > this.committedSize) {
				task.result.completeExceptionally(new IllegalStateException("The journal has not been recovered"));
			}
			else {
				runJournaled(task);
			}
		}
		if (!this.acknowledging.isEmpty()) {
			long started = System.nanoTime();
			this.journal.force();
			if (logger.isTraceEnabled()) {
				logger.trace("Batch of {}: journal synced in {} µs", batch.size(),
						(System.nanoTime() - started) / 1000);
			}
			this.listeners.forEach((listener) -> listener.durable(this.journal.forced()));
			this.acknowledging.forEach(Task::acknowledge);
			this.acknowledging.clear();
		}
		if (this.inTransaction && (this.commitRequested || !this.uncommittedPlain.isEmpty()
				|| this.journal.size() - this.committedSize >= this.settings.commitEvery()
				|| System.nanoTime() - this.transactionStarted >= this.settings.commitInterval().toNanos())) {
			commit();
		}
		if (!this.inTransaction) {
			this.commitRequested = false;
		}
	}

	private void runPlain(Task<?> task) {
		beginIfNeeded();
		try {
			task.pendingResult = task.plain.apply(this.dataset);
			this.uncommittedPlain.add(task);
		}
		catch (RuntimeException | Error ex) {
			task.result.completeExceptionally(ex);
			rollBack();
		}
	}

	private void runJournaled(Task<?> task) {
		beginIfNeeded();
		long index = this.journal.size();
		Journaled<?> outcome;
		try {
			outcome = task.journaled.apply(this.dataset, index);
		}
		catch (RuntimeException | Error ex) {
			task.result.completeExceptionally(ex);
			rollBack();
			return;
		}
		if (outcome.refusal() != null) {
			task.result.completeExceptionally(outcome.refusal());
			return;
		}
		task.pendingResult = outcome.result();
		if (outcome.entry() != null) {
			byte[] entry = outcome.entry();
			this.journal.append(entry);
			this.listeners.forEach((listener) -> listener.appended(index, entry));
		}
		this.acknowledging.add(task);
	}

	private void beginIfNeeded() {
		if (this.inTransaction) {
			return;
		}
		this.dataset.begin(TxnType.WRITE);
		this.inTransaction = true;
		this.transactionStarted = System.nanoTime();
		if (this.needsReplay) {
			JournalReplayer replay = this.replayer;
			if (replay == null) {
				throw new IllegalStateException("Cannot rebuild the transaction: no journal replayer");
			}
			for (long index = this.committedSize; index < this.journal.size(); index++) {
				replay.replay(this.dataset, index, this.journal.read(index));
			}
			this.needsReplay = false;
		}
	}

	private void commitIfOpen() {
		if (this.inTransaction) {
			commit();
		}
	}

	private void commit() {
		long started = System.nanoTime();
		this.journal.force();
		long size = this.journal.size();
		this.applied.write(size);
		this.dataset.commit();
		this.dataset.end();
		if (logger.isDebugEnabled()) {
			logger.debug("Committed journal entries {} to {} and {} other writes in {} ms (open {} ms)",
					this.committedSize, size, this.uncommittedPlain.size(), (System.nanoTime() - started) / 1_000_000,
					(started - this.transactionStarted) / 1_000_000);
		}
		this.inTransaction = false;
		this.uncommittedPlain.forEach(Task::acknowledge);
		this.uncommittedPlain.clear();
		synchronized (this.commits) {
			this.committedSize = size;
			this.commitRequested = false;
			this.commits.notifyAll();
		}
	}

	/**
	 * Rolls back the open transaction and rebuilds it: the journal entries past the last
	 * commit are applied again, then the plain writes it held are run again.
	 */
	private void rollBack() {
		this.dataset.abort();
		this.dataset.end();
		this.inTransaction = false;
		List<Task<?>> rerun = new ArrayList<>(this.uncommittedPlain);
		this.uncommittedPlain.clear();
		this.needsReplay = this.journal.size() > this.committedSize;
		rerun.forEach(this::runPlain);
	}

	private void failAll(Throwable ex) {
		if (this.inTransaction) {
			try {
				this.dataset.abort();
				this.dataset.end();
			}
			catch (RuntimeException abortFailure) {
				ex.addSuppressed(abortFailure);
			}
			this.inTransaction = false;
		}
		this.uncommittedPlain.forEach((task) -> task.result.completeExceptionally(ex));
		this.uncommittedPlain.clear();
		this.acknowledging.forEach((task) -> task.result.completeExceptionally(ex));
		this.acknowledging.clear();
		this.committedSize = this.applied.read();
		this.needsReplay = this.journal.size() > this.committedSize;
	}

	private static void complete(Task<?> task, @Nullable Object value) {
		task.pendingResult = value;
		task.acknowledge();
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.writer.join(30_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static class Task<T> {

		final @Nullable Function<Dataset, T> plain;

		final @Nullable JournaledWrite<T> journaled;

		final boolean recovery;

		final CompletableFuture<T> result;

		@Nullable Object pendingResult;

		Task(@Nullable Function<Dataset, T> plain, @Nullable JournaledWrite<T> journaled, boolean recovery,
				CompletableFuture<T> result) {
			this.plain = plain;
			this.journaled = journaled;
			this.recovery = recovery;
			this.result = result;
		}

		boolean isRecovery() {
			return this.recovery;
		}

		/**
		 * A task that only wakes the writer up, so that it commits for a waiting reader.
		 */
		boolean isWakeUp() {
			return this.plain == null && this.journaled == null && !this.recovery;
		}

		@Nullable T runRecovery() {
			throw new IllegalStateException("Not a recovery task");
		}

		@SuppressWarnings("unchecked")
		void acknowledge() {
			this.result.complete((T) this.pendingResult);
		}

	}

}
