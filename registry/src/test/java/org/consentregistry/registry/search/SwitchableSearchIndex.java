package org.consentregistry.registry.search;

import java.util.Collection;
import java.util.List;

/**
 * A search index that can be taken down and brought back, as an unreachable Elasticsearch
 * node or a failing disk would be: while down, every call throws
 * {@link SearchUnavailableException}.
 */
final class SwitchableSearchIndex implements SearchIndex {

	private final SearchIndex delegate;

	private volatile boolean down;

	SwitchableSearchIndex(SearchIndex delegate) {
		this.delegate = delegate;
	}

	void down() {
		this.down = true;
	}

	void up() {
		this.down = false;
	}

	private void check() {
		if (this.down) {
			throw new SearchUnavailableException("The test took the index down");
		}
	}

	@Override
	public void index(List<IndexedRecord> records) {
		check();
		this.delegate.index(records);
	}

	@Override
	public void index(List<IndexedRecord> records, long position) {
		check();
		this.delegate.index(records, position);
	}

	@Override
	public void delete(Collection<String> recordIds) {
		check();
		this.delegate.delete(recordIds);
	}

	@Override
	public long position() {
		check();
		return this.delegate.position();
	}

	@Override
	public SearchResult search(SearchQuery query) {
		check();
		return this.delegate.search(query);
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		check();
		return this.delegate.suggest(prefix, limit);
	}

	@Override
	public SearchHealth health() {
		return this.down ? new SearchHealth(false, "test", null, -1, -1, "down") : this.delegate.health();
	}

	@Override
	public IndexRebuild rebuild() {
		check();
		return this.delegate.rebuild();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

}
