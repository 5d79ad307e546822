package org.consentregistry.registry.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.control.ControlChanged;
import org.consentregistry.registry.control.ControlClaim;
import org.consentregistry.registry.control.ControlClaims;
import org.consentregistry.registry.graph.RegistryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index up to date from the ingest journal, which is the outbox: every
 * accepted record is a durable journal entry before it is acknowledged. The index stores
 * how many entries it covers ({@link SearchIndex#position()}); one background thread
 * ({@link IndexerThread}) indexes the entries after that mark, woken by
 * {@link ConsentRecorded} and {@link ControlChanged} events, at startup, and after a
 * failure with exponential backoff, so an index that was down catches up without anyone
 * acting. Submissions never wait for it. An empty index over a non-empty store is rebuilt
 * whole. New records that this registry accepted are indexed from the accepted record
 * that their event carries, everything else from the store ({@link RecentRecords}).
 */
@Component
public class SearchIndexer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final SearchSource source;

	private final RegistryDataset dataset;

	private final ControlClaims claims;

	private final SearchProperties properties;

	private final PendingIssuers pendingIssuers;

	private final RecentRecords recent;

	private final IndexerThread thread;

	private final AtomicLong indexed = new AtomicLong(-1);

	private final Object rebuildLock = new Object();

	/** Whether the worker has looked for an empty index over a filled store yet. */
	private boolean checkedEmpty;

	SearchIndexer(SearchIndex index, SearchSource source, RegistryDataset dataset, ControlClaims claims,
			SearchProperties properties) {
		this.index = index;
		this.source = source;
		this.dataset = dataset;
		this.claims = claims;
		this.properties = properties;
		this.pendingIssuers = new PendingIssuers(index);
		this.recent = new RecentRecords(dataset.journalSize(), 8 * properties.batchSize(), Duration.ofSeconds(1));
		this.thread = new IndexerThread(this::step, properties, this.recent.grace());
	}

	@EventListener
	void onRecorded(ConsentRecorded event) {
		if (this.thread.isRunning()) {
			this.recent.add(event);
		}
		this.thread.wake();
	}

	@EventListener
	void onControlChanged(ControlChanged event) {
		this.pendingIssuers.changed(this.claims.find(event.claim()).map(ControlClaim::issuer).orElse(null));
		this.thread.wake();
	}

	/**
	 * Rebuilds the index from the store into a new versioned index and swaps the alias;
	 * searches answer from the old index meanwhile. One rebuild at a time.
	 */
	public RebuildResult rebuild() {
		synchronized (this.rebuildLock) {
			this.pendingIssuers.rebuildStarted();
			try {
				RebuildResult result = SearchRebuild.run(this.index, this.source, this.dataset.journalSize(),
						this.properties.batchSize());
				logger.info("Search index rebuilt into {}: {} documents in {} ms ({} per second)", result.version(),
						result.documents(), result.duration().toMillis(), Math.round(result.documentsPerSecond()));
				return result;
			}
			finally {
				this.pendingIssuers.rebuildEnded();
				this.thread.wake();
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

	/** Indexes what is pending; says what is left. Throws if the index fails. */
	IndexerThread.Step step() {
		this.pendingIssuers.index(this.index, this.source);
		long position = this.index.position();
		long size = this.dataset.journalSize();
		this.indexed.set(position);
		if (!this.checkedEmpty) {
			this.pendingIssuers.reconcile(this.claims);
			this.checkedEmpty = true;
			if (position == 0 && size > 0) {
				logger.info("Search index is empty but the journal holds {} entries: rebuilding it from the store",
						size);
				rebuild();
				return IndexerThread.Step.MORE;
			}
			if (this.index.outdated()) {
				logger.info("Search index was written in an older layout: rebuilding it from the store "
						+ "while it answers (once; POST /admin/search/reindex does it again)");
				rebuild();
				return IndexerThread.Step.MORE;
			}
		}
		if (position >= size) {
			return this.pendingIssuers.isEmpty() ? IndexerThread.Step.IDLE : IndexerThread.Step.MORE;
		}
		RecentRecords.Next next = this.recent.next(position, Math.min(size, position + this.properties.batchSize()));
		if (next.end() == position) {
			return this.pendingIssuers.isEmpty() ? IndexerThread.Step.WAITING_FOR_EVENT : IndexerThread.Step.MORE;
		}
		List<IndexedRecord> documents = next.kept().isEmpty() ? this.source.journal(position, next.end())
				: next.kept().stream().map(this.source::recorded).toList();
		this.index.index(documents, next.end());
		this.indexed.set(next.end());
		boolean fullBatchWaiting = size - next.end() >= this.properties.batchSize();
		return (fullBatchWaiting || !this.pendingIssuers.isEmpty()) ? IndexerThread.Step.MORE
				: IndexerThread.Step.WROTE;
	}

	/** Starts the background thread, unless indexing is off. */
	@Override
	public void start() {
		if (!this.properties.indexing()) {
			logger.info("Search indexing is off (registry.search.indexing=false)");
			return;
		}
		this.thread.start();
	}

	@Override
	public void stop() {
		this.thread.stop();
	}

	@Override
	public boolean isRunning() {
		return this.thread.isRunning();
	}

}
