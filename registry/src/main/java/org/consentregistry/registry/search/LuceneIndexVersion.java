package org.consentregistry.registry.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One versioned Lucene index directory: its writer, a near-real-time
 * {@link SearcherManager}, and the searchers recent pages were served from (kept for
 * cursors). The outbox high-water mark is the {@value #POSITION} entry of each commit's
 * user data, the document layout its {@value #SCHEMA} entry. Segments are sorted newest
 * first ({@link LuceneSearches#NEWEST}), so the commonest order needs no sorting work.
 */
final class LuceneIndexVersion implements AutoCloseable {

	static final String POSITION = "position";

	/**
	 * The commit user data entry naming the document layout an index was written with.
	 */
	static final String SCHEMA = "schema";

	/**
	 * The document layout written now: 2 added the numeric record-id tie-breaker, points
	 * on the received time, the index sort and offsets in the text fields' postings. An
	 * index of another layout is not opened ({@link #isCurrent}); the adapter starts a
	 * new one, which the indexer fills.
	 */
	static final String CURRENT_SCHEMA = "2";

	private final String name;

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SearcherLifetimeManager snapshots = new SearcherLifetimeManager();

	private volatile long position;

	private LuceneIndexVersion(String name, FSDirectory directory, IndexWriter writer) throws IOException {
		this.name = name;
		this.directory = directory;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, null);
		this.position = committedPosition(writer);
	}

	/** Opens (or, if {@code create}, creates anew) the index in {@code dir}. */
	static LuceneIndexVersion open(String name, Path dir, Analyzer analyzer, boolean create) throws IOException {
		FSDirectory directory = FSDirectory.open(dir);
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer)
				.setOpenMode(create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(32)
				.setIndexSort(LuceneSearches.NEWEST);
			return new LuceneIndexVersion(name, directory, new IndexWriter(directory, config));
		}
		catch (IOException | RuntimeException ex) {
			IOUtils.closeWhileHandlingException(directory);
			throw ex;
		}
	}

	/**
	 * Whether {@code dir} holds no index yet or one written with the current document
	 * layout (checked before opening a writer, which refuses another index sort).
	 */
	static boolean isCurrent(Path dir) throws IOException {
		try (FSDirectory directory = FSDirectory.open(dir)) {
			if (!DirectoryReader.indexExists(directory)) {
				return true;
			}
			return CURRENT_SCHEMA.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA));
		}
	}

	private static long committedPosition(IndexWriter writer) {
		String value = null;
		for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
			if (POSITION.equals(entry.getKey())) {
				value = entry.getValue();
			}
		}
		return (value != null) ? Long.parseLong(value) : 0;
	}

	String name() {
		return this.name;
	}

	long position() {
		return this.position;
	}

	/** Upserts documents by record id, without committing. */
	void add(List<IndexedRecord> records) throws IOException {
		for (IndexedRecord record : records) {
			this.writer.updateDocument(new Term(RecordDocuments.ID, record.recordId()),
					RecordDocuments.toDocument(record));
		}
	}

	void delete(Iterable<String> recordIds) throws IOException {
		for (String id : recordIds) {
			this.writer.deleteDocuments(new Term(RecordDocuments.ID, id));
		}
	}

	/** Commits with the mark (never lowering it) and makes the changes searchable. */
	synchronized void commit(long newPosition) throws IOException {
		long kept = Math.max(this.position, newPosition);
		this.writer.setLiveCommitData(Map.of(POSITION, Long.toString(kept), SCHEMA, CURRENT_SCHEMA).entrySet());
		this.writer.commit();
		this.position = kept;
		this.searchers.maybeRefreshBlocking();
	}

	long documents() {
		return this.writer.getDocStats().numDocs;
	}

	IndexSearcher acquire() throws IOException {
		return this.searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	/** Keeps {@code searcher} for later pages; returns its token. */
	long keep(IndexSearcher searcher) throws IOException {
		this.snapshots.prune(new SearcherLifetimeManager.PruneByAge(600));
		return this.snapshots.record(searcher);
	}

	/** A searcher kept by {@link #keep}, or null if it expired; release it after use. */
	IndexSearcher kept(long token) {
		return this.snapshots.acquire(token);
	}

	void releaseKept(IndexSearcher searcher) throws IOException {
		this.snapshots.release(searcher);
	}

	/**
	 * Closes the index; with {@code rollback}, changes since the last commit are lost.
	 */
	void close(boolean rollback) throws IOException {
		IOUtils.close(this.snapshots, this.searchers, rollback ? this.writer::rollback : this.writer, this.directory);
	}

	@Override
	public void close() throws IOException {
		close(false);
	}

}
