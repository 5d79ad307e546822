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
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for TDB2: writes that arrive while another commit is in progress are run
 * together in the next write transaction, so that concurrent submissions share one
 * durable commit (one journal sync) instead of queueing for one each. Each write still
 * sees the effects of the writes before it. If any write of a group throws, the group's
 * transaction is aborted and each of its writes is run again in a transaction of its own,
 * so one failing write never takes others with it, and never leaves half its changes.
 */
final class GroupCommit implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(GroupCommit.class);

	private final Dataset dataset;

	private final int maxGroup;

	private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean closed;

	GroupCommit(Dataset dataset, int maxGroup) {
		this.dataset = dataset;
		this.maxGroup = maxGroup;
		this.writer = new Thread(this::run, "tdb2-group-commit");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Runs {@code action} in a write transaction, possibly shared, and returns once
	 * committed.
	 */
	<T> T write(Function<Dataset, T> action) {
		if (this.closed) {
			throw new IllegalStateException("The dataset is closed");
		}
		Pending<T> pending = new Pending<>(action, new CompletableFuture<>());
		this.queue.add(pending);
		try {
			return pending.result().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a commit", ex);
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
		List<Pending<?>> group = new ArrayList<>(this.maxGroup);
		while (!this.closed || !this.queue.isEmpty()) {
			try {
				Pending<?> first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.queue.drainTo(group, this.maxGroup - 1);
			commit(group);
			group.clear();
		}
	}

	private void commit(List<Pending<?>> group) {
		if (group.size() > 1 && commitTogether(group)) {
			return;
		}
		for (Pending<?> pending : group) {
			commitAlone(pending);
		}
	}

	private boolean commitTogether(List<Pending<?>> group) {
		List<Object> results = new ArrayList<>(group.size());
		this.dataset.begin(TxnType.WRITE);
		try {
			for (Pending<?> pending : group) {
				results.add(pending.action().apply(this.dataset));
			}
			this.dataset.commit();
		}
		catch (RuntimeException | Error ex) {
			this.dataset.abort();
			logger.debug("A write of a group of {} failed; running them one by one", group.size(), ex);
			return false;
		}
		finally {
			this.dataset.end();
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).complete(results.get(i));
		}
		return true;
	}

	private void commitAlone(Pending<?> pending) {
		try {
			pending.complete(Txn.calculateWrite(this.dataset, () -> pending.action().apply(this.dataset)));
		}
		catch (RuntimeException | Error ex) {
			pending.result().completeExceptionally(ex);
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.writer.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Pending<T>(Function<Dataset, T> action, CompletableFuture<T> result) {

		@SuppressWarnings("unchecked")
		void complete(Object value) {
			this.result.complete((T) value);
		}

	}

}
