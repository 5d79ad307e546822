package org.consentregistry.registry.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene adapter: versioned index directories under one search directory,
 * the live one named by an alias file ({@link IndexAlias}); near-real-time searchers; the
 * outbox mark in each commit's user data. If the index cannot be opened (a damaged
 * directory, a held lock), every call answers {@link SearchUnavailableException} and the
 * next call tries again.
 */
public final class LuceneSearchIndex implements SearchIndex {

	private static final Logger logger = LoggerFactory.getLogger(LuceneSearchIndex.class);

	private final IndexAlias alias;

	private final Analyzer analyzer = new StandardAnalyzer();

	private final LuceneSearches searches = new LuceneSearches(this.analyzer);

	/** Read: any use of the live version. Write: swapping it. */
	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private @Nullable LuceneIndexVersion live;

	private boolean closed;

	/** An index in {@code directory} (created if missing), opened lazily. */
	public LuceneSearchIndex(Path directory) {
		this.alias = new IndexAlias(directory);
		try {
			live();
		}
		catch (SearchUnavailableException ex) {
			logger.warn("Search index in {} cannot be opened yet: {}", directory, ex.getMessage());
		}
	}

	@Override
	public void index(List<IndexedRecord> records) {
		write((version) -> {
			version.add(records);
			version.commit(version.position());
		});
	}

	@Override
	public void index(List<IndexedRecord> records, long position) {
		write((version) -> {
			version.add(records);
			version.commit(position);
		});
	}

	@Override
	public void delete(Collection<String> recordIds) {
		write((version) -> {
			version.delete(recordIds);
			version.commit(version.position());
		});
	}

	@Override
	public long position() {
		return read(LuceneIndexVersion::position);
	}

	@Override
	public SearchResult search(SearchQuery query) {
		return read((version) -> {
			SearchCursor cursor = query.cursor();
			String snapshot = (cursor != null) ? cursor.snapshot() : null;
			IndexSearcher kept = keptSearcher(version, snapshot);
			if (kept != null) {
				try {
					return this.searches.search(kept, query, snapshot);
				}
				finally {
					version.releaseKept(kept);
				}
			}
			IndexSearcher searcher = version.acquire();
			try {
				String token = version.name() + ":" + version.keep(searcher);
				return this.searches.search(searcher, query, token);
			}
			finally {
				version.release(searcher);
			}
		});
	}

	private static @Nullable IndexSearcher keptSearcher(LuceneIndexVersion version, @Nullable String snapshot) {
		if (snapshot == null || !snapshot.startsWith(version.name() + ":")) {
			return null;
		}
		try {
			return version.kept(Long.parseLong(snapshot.substring(version.name().length() + 1)));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		return read((version) -> {
			IndexSearcher searcher = version.acquire();
			try {
				return this.searches.suggest(searcher, prefix, limit);
			}
			finally {
				version.release(searcher);
			}
		});
	}

	@Override
	public SearchHealth health() {
		try {
			return read((version) -> new SearchHealth(true, "lucene", version.name(), version.documents(),
					version.position(), null));
		}
		catch (SearchUnavailableException ex) {
			return new SearchHealth(false, "lucene", null, -1, -1, ex.getMessage());
		}
	}

	@Override
	public IndexRebuild rebuild() {
		try {
			String name = this.alias.next();
			LuceneIndexVersion version = LuceneIndexVersion.open(name, this.alias.directory(name), this.analyzer, true);
			return new LuceneRebuild(version, this);
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Cannot create a new search index in " + this.alias.root(), ex);
		}
	}

	/** Makes {@code version} the live index and drops the one it replaces. */
	void swap(LuceneIndexVersion version) throws IOException {
		LuceneIndexVersion old;
		this.lock.writeLock().lock();
		try {
			this.alias.point(version.name());
			old = this.live;
			this.live = version;
		}
		finally {
			this.lock.writeLock().unlock();
		}
		if (old != null) {
			old.close(true);
			this.alias.drop(old.name());
		}
		logger.info("Search alias now points at {} ({} documents, position {})", version.name(), version.documents(),
				version.position());
	}

	/** Drops a version that never went live. */
	void abandon(LuceneIndexVersion version) {
		try {
			version.close(true);
			this.alias.drop(version.name());
		}
		catch (IOException ex) {
			logger.warn("Cannot remove abandoned search index {}: {}", version.name(), ex.getMessage());
		}
	}

	@Override
	public void close() {
		this.lock.writeLock().lock();
		try {
			this.closed = true;
			if (this.live != null) {
				this.live.close();
				this.live = null;
			}
		}
		catch (IOException ex) {
			logger.warn("Closing the search index failed: {}", ex.getMessage());
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void write(VersionWrite action) {
		read((version) -> {
			action.apply(version);
			return null;
		});
	}

	private <T> T read(VersionAction<T> action) {
		LuceneIndexVersion version = live();
		this.lock.readLock().lock();
		try {
			return action.apply((this.live != null) ? this.live : version);
		}
		catch (IOException | IllegalStateException ex) {
			throw new SearchUnavailableException("The search index in " + this.alias.root() + " failed: " + ex, ex);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private synchronized LuceneIndexVersion live() {
		if (this.live != null) {
			return this.live;
		}
		if (this.closed) {
			throw new SearchUnavailableException("The search index is closed");
		}
		try {
			String current = this.alias.current();
			if (current != null && !LuceneIndexVersion.isCurrent(this.alias.directory(current))) {
				logger.info("Search index {} has an older document layout: starting a new one, which the indexer "
						+ "fills from the store", current);
				current = null;
			}
			boolean fresh = current == null;
			String name = fresh ? this.alias.next() : current;
			LuceneIndexVersion version = LuceneIndexVersion.open(name, this.alias.directory(name), this.analyzer,
					fresh);
			if (fresh) {
				version.commit(0);
				this.alias.point(name);
			}
			this.alias.dropAllBut(name);
			this.live = version;
			return version;
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Cannot open the search index in " + this.alias.root() + ": " + ex,
					ex);
		}
	}

	@FunctionalInterface
	private interface VersionAction<T> {

		T apply(LuceneIndexVersion version) throws IOException;

	}

	@FunctionalInterface
	private interface VersionWrite {

		void apply(LuceneIndexVersion version) throws IOException;

	}

}
