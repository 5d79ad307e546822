package org.consentregistry.registry.search.elasticsearch;

import java.util.List;

import org.consentregistry.registry.search.IndexRebuild;
import org.consentregistry.registry.search.IndexedRecord;

/**
 * A rebuild into a new versioned index (refresh off, no replicas, bulk writes) that
 * {@link #complete(long)} makes live behind the alias.
 */
final class ElasticsearchRebuild implements IndexRebuild {

	private final ElasticsearchSearchIndex index;

	private final String version;

	private boolean completed;

	ElasticsearchRebuild(ElasticsearchSearchIndex index, String version) {
		this.index = index;
		this.version = version;
	}

	@Override
	public String version() {
		return this.version;
	}

	@Override
	public void index(List<IndexedRecord> records) {
		this.index.calls()
			.exec("write to the rebuilt index " + this.version,
					() -> this.index.bulk().index(this.version, records, false));
	}

	@Override
	public void complete(long position) {
		this.index.calls().exec("make the rebuilt index " + this.version + " live", () -> {
			this.index.watermarks().advance(this.version, position);
			this.index.versions().swap(this.version);
		});
		this.completed = true;
	}

	@Override
	public void close() {
		if (!this.completed) {
			this.index.calls()
				.exec("drop the abandoned index " + this.version, () -> this.index.versions().drop(this.version));
		}
	}

}
