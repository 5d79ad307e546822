package org.consentregistry.registry.search;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search indexer's background thread: it runs steps while work is pending, sleeps
 * until woken when none is, backs off exponentially after failures, and rests for
 * {@code writeInterval} after each step that wrote documents, so that under a steady
 * stream of submissions each index write (a Lucene commit with its segment flush, an
 * Elasticsearch bulk request) carries everything that arrived meanwhile instead of one or
 * two records. Nothing is lost by resting: the journal is the outbox, and a stop during a
 * rest leaves the rest for the next start.
 */
final class IndexerThread {

	private static final Logger logger = LoggerFactory.getLogger(IndexerThread.class);

	private final Supplier<Step> work;

	private final SearchProperties properties;

	private final Duration grace;

	private final Semaphore wake = new Semaphore(0);

	private volatile @Nullable Thread worker;

	/**
	 * Counted down when the thread stops; backoff and rests wait on it, not on events.
	 */
	private volatile CountDownLatch stopped = new CountDownLatch(0);

	IndexerThread(Supplier<Step> work, SearchProperties properties, Duration grace) {
		this.work = work;
		this.properties = properties;
		this.grace = grace;
	}

	/**
	 * Starts the thread. It is never interrupted (an interrupt during file I/O would
	 * close Lucene's files); {@link #stop()} signals it and waits.
	 */
	void start() {
		this.stopped = new CountDownLatch(1);
		Thread thread = new Thread(this::run, "search-indexer");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	void stop() {
		Thread thread = this.worker;
		this.worker = null;
		if (thread != null) {
			this.stopped.countDown();
			wake();
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	boolean isRunning() {
		return this.worker != null;
	}

	void wake() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	private void run() {
		int failures = 0;
		while (this.stopped.getCount() > 0) {
			try {
				Step step = this.work.get();
				if (failures > 0) {
					logger.info("Search index reachable again; indexing resumed");
				}
				failures = 0;
				switch (step) {
					case MORE -> {
					}
					case WROTE -> sleep(this.stopped, this.properties.writeInterval());
					case WAITING_FOR_EVENT -> await(this.grace);
					case IDLE -> await(Duration.ofSeconds(5));
				}
			}
			catch (RuntimeException ex) {
				failures++;
				Duration delay = this.properties.backoff(failures);
				if (failures == 1 || Integer.bitCount(failures) == 1) {
					logger.warn("Search indexing failed ({} in a row), retrying in {} ms: {}", failures,
							delay.toMillis(), ex.toString());
				}
				sleep(this.stopped, delay);
			}
		}
	}

	private void await(Duration timeout) {
		try {
			this.wake.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
			this.wake.drainPermits();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(CountDownLatch stopped, Duration delay) {
		try {
			stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** What a step of the indexer left to do. */
	enum Step {

		/**
		 * More is pending now (a full batch, an issuer to index again): step again at
		 * once.
		 */
		MORE,

		/** Documents were written and nothing more is pending: rest, then step again. */
		WROTE,

		/** The event carrying the next entry has not come yet: wait for it, briefly. */
		WAITING_FOR_EVENT,

		/** Nothing is pending: wait for an event. */
		IDLE

	}

}
