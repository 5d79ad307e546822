package org.consentregistry.registry.search;

import java.io.IOException;
import java.util.List;

/** A rebuild of the Lucene index into a new versioned directory. */
final class LuceneRebuild implements IndexRebuild {

	private final LuceneIndexVersion version;

	private final LuceneSearchIndex owner;

	private boolean completed;

	LuceneRebuild(LuceneIndexVersion version, LuceneSearchIndex owner) {
		this.version = version;
		this.owner = owner;
	}

	@Override
	public String version() {
		return this.version.name();
	}

	@Override
	public void index(List<IndexedRecord> records) {
		try {
			this.version.add(records);
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Cannot write the new search index " + version() + ": " + ex, ex);
		}
	}

	@Override
	public void complete(long position) {
		try {
			this.version.commit(position);
			this.owner.swap(this.version);
			this.completed = true;
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Cannot complete the new search index " + version() + ": " + ex, ex);
		}
	}

	@Override
	public void close() {
		if (!this.completed) {
			this.owner.abandon(this.version);
		}
	}

}
