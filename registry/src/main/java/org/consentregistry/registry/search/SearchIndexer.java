package org.consentregistry.registry.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.control.ControlChanged;
import org.consentregistry.registry.control.ControlClaim;
import org.consentregistry.registry.control.ControlClaims;
import org.consentregistry.registry.graph.RegistryDataset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index up to date from the ingest journal, which is the outbox: every
 * accepted record is a durable journal entry before it is acknowledged. The index stores
 * how many entries it covers ({@link SearchIndex#position()}); one background thread
 * indexes the entries after that mark, woken by {@link ConsentRecorded} and
 * {@link ControlChanged} events, at startup, and after a failure with exponential
 * backoff, so an index that was down catches up without anyone acting. Submissions never
 * wait for it. An empty index over a non-empty store is rebuilt whole. New records that
 * this registry accepted are indexed from the accepted record that their event carries,
 * everything else from the store ({@link RecentRecords}).
 */
@Component
public class SearchIndexer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final SearchSource source;

	private final RegistryDataset dataset;

	private final ControlClaims claims;

	private final SearchProperties properties;

	private final Set<String> pendingIssuers = ConcurrentHashMap.newKeySet();

	private final IssuerSweep sweep;

	private final RecentRecords recent;

	/** Whether the last step waited for the event of the next entry. */
	private volatile boolean waitingForEvent;

	private final Semaphore wake = new Semaphore(0);

	private final AtomicLong indexed = new AtomicLong(-1);

	private final Object rebuildLock = new Object();

	private volatile @Nullable Set<String> touchedDuringRebuild;

	private volatile @Nullable Thread worker;

	/** Whether the worker has looked for an empty index over a filled store yet. */
	private boolean checkedEmpty;

	/** Counted down when the indexer stops; backoff waits on it, not on events. */
	private volatile CountDownLatch stopped = new CountDownLatch(0);

	SearchIndexer(SearchIndex index, SearchSource source, RegistryDataset dataset, ControlClaims claims,
			SearchProperties properties) {
		this.index = index;
		this.source = source;
		this.dataset = dataset;
		this.claims = claims;
		this.properties = properties;
		this.sweep = new IssuerSweep(index);
		this.recent = new RecentRecords(dataset.journalSize(), 8 * properties.batchSize(), Duration.ofSeconds(1));
	}

	@EventListener
	void onRecorded(ConsentRecorded event) {
		if (this.worker != null) {
			this.recent.add(event);
		}
		wake();
	}

	@EventListener
	void onControlChanged(ControlChanged event) {
		String issuer = this.claims.find(event.claim()).map(ControlClaim::issuer).orElse(null);
		if (issuer != null) {
			this.pendingIssuers.add(issuer);
			Set<String> touched = this.touchedDuringRebuild;
			if (touched != null) {
				touched.add(issuer);
			}
		}
		else {
			this.sweep.request();
		}
		wake();
	}

	/**
	 * Rebuilds the index from the store into a new versioned index and swaps the alias;
	 * searches answer from the old index meanwhile. One rebuild at a time.
	 */
	public RebuildResult rebuild() {
		synchronized (this.rebuildLock) {
			Set<String> touched = ConcurrentHashMap.newKeySet();
			this.touchedDuringRebuild = touched;
			try {
				RebuildResult result = SearchRebuild.run(this.index, this.source, this.dataset.journalSize(),
						this.properties.batchSize());
				logger.info("Search index rebuilt into {}: {} documents in {} ms ({} per second)", result.version(),
						result.documents(), result.duration().toMillis(), Math.round(result.documentsPerSecond()));
				return result;
			}
			finally {
				this.touchedDuringRebuild = null;
				this.pendingIssuers.addAll(touched);
				wake();
			}
		}
	}

	/**
	 * How many journal entries the index is known to cover, or -1 before the first look.
	 */
	public long indexedPosition() {
		return this.indexed.get();
	}

	/** How many entries the journal (the outbox) holds. */
	public long journalSize() {
		return this.dataset.journalSize();
	}

	/** Indexes what is pending; true if more is waiting. Throws if the index fails. */
	boolean step() {
		this.waitingForEvent = false;
		for (String issuer : List.copyOf(this.pendingIssuers)) {
			// Taken off before reading, so that a change announced while the issuer's
			// documents are read and written is indexed again, not lost
			this.pendingIssuers.remove(issuer);
			try {
				this.index.index(this.source.issuer(issuer));
			}
			catch (RuntimeException ex) {
				this.pendingIssuers.add(issuer);
				throw ex;
			}
		}
		this.pendingIssuers.addAll(this.sweep.issuersIfRequested());
		long position = this.index.position();
		long size = this.dataset.journalSize();
		this.indexed.set(position);
		if (!this.checkedEmpty) {
			reconcileControl();
			this.checkedEmpty = true;
			if (position == 0 && size > 0) {
				logger.info("Search index is empty but the journal holds {} entries: rebuilding it from the store",
						size);
				rebuild();
				return true;
			}
		}
		if (position >= size) {
			return !this.pendingIssuers.isEmpty();
		}
		RecentRecords.Next next = this.recent.next(position, Math.min(size, position + this.properties.batchSize()));
		if (next.end() == position) {
			this.waitingForEvent = true;
			return !this.pendingIssuers.isEmpty();
		}
		List<IndexedRecord> documents = next.kept().isEmpty() ? this.source.journal(position, next.end())
				: next.kept().stream().map(this.source::recorded).toList();
		this.index.index(documents, next.end());
		this.indexed.set(next.end());
		return next.end() < size || !this.pendingIssuers.isEmpty();
	}

	/**
	 * Control changes are queued in memory only, so a change that a stopped or crashed
	 * registry had not indexed yet would be lost: at startup the records of every issuer
	 * that has ever had control verified, and of every issuer whose documents say it has
	 * it, are indexed again.
	 */
	private void reconcileControl() {
		this.claims.all(null)
			.stream()
			.filter((claim) -> !claim.verified().isEmpty())
			.forEach((claim) -> this.pendingIssuers.add(claim.issuer()));
		this.sweep.request();
		this.pendingIssuers.addAll(this.sweep.issuersIfRequested());
	}

	private void run() {
		int failures = 0;
		while (this.stopped.getCount() > 0) {
			try {
				boolean more = step();
				if (failures > 0) {
					logger.info("Search index reachable again; indexing resumed at journal entry {}", this.indexed);
				}
				failures = 0;
				if (!more) {
					await(this.waitingForEvent ? this.recent.grace() : Duration.ofSeconds(5));
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

	void wake() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
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

	/**
	 * Starts the background thread. It is never interrupted (an interrupt during file I/O
	 * would close Lucene's files); {@link #stop()} signals it and waits.
	 */
	@Override
	public void start() {
		if (!this.properties.indexing()) {
			logger.info("Search indexing is off (registry.search.indexing=false)");
			return;
		}
		this.stopped = new CountDownLatch(1);
		Thread thread = new Thread(this::run, "search-indexer");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
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

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

}
