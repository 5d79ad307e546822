package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import org.consentregistry.registry.search.IndexRebuild;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.SearchHealth;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchResult;
import org.consentregistry.registry.search.SearchUnavailableException;
import org.consentregistry.registry.search.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SearchIndex} on an Elasticsearch cluster: versioned indices
 * {@code <prefix>-records-v<N>} behind the alias {@code <prefix>-records}
 * ({@link IndexVersions}), created on first use (a cluster that is down at start-up is no
 * error: every call answers {@link SearchUnavailableException} until it is back), the
 * high-water mark in a metadata document beside the records ({@link Watermarks}).
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchSearchIndex.class);

	private final ElasticsearchClient client;

	private final Calls calls;

	private final IndexVersions versions;

	private final BulkWrites bulk;

	private final Watermarks watermarks;

	private final SearchPages pages;

	private final Suggestions suggestions;

	private volatile boolean ready;

	ElasticsearchSearchIndex(ElasticsearchClient client, ElasticsearchSearchProperties properties) {
		this.client = client;
		this.calls = new Calls(properties.retryAfter(), () -> this.ready = false);
		this.versions = new IndexVersions(client, properties.indexPrefix(), properties.replicas());
		this.bulk = new BulkWrites(client, properties.bulkSize());
		this.watermarks = new Watermarks(client);
		String alias = this.versions.alias();
		this.pages = new SearchPages(new MultiSearch(client), alias,
				new PointsInTime(client, alias, properties.pointInTimeKeepAlive()),
				properties.sharedPointInTimeMaxAge(), properties.cacheFirstPages());
		this.suggestions = new Suggestions(client, alias);
	}

	@Override
	public void index(List<IndexedRecord> records) {
		write("index records", () -> this.bulk.index(this.versions.alias(), records, true));
	}

	@Override
	public void index(List<IndexedRecord> records, long position) {
		write("index records", () -> {
			this.bulk.index(this.versions.alias(), records, true);
			this.watermarks.advance(this.versions.alias(), position);
		});
	}

	@Override
	public void delete(Collection<String> recordIds) {
		write("delete records", () -> this.bulk.delete(this.versions.alias(), recordIds));
	}

	@Override
	public long position() {
		ensureLive();
		return this.calls.run("read the high-water mark", () -> this.watermarks.read(this.versions.alias()));
	}

	@Override
	public SearchResult search(SearchQuery query) {
		ensureLive();
		return this.calls.run("search", () -> {
			SearchPages.Answer answer = this.pages.page(query);
			return SearchResults.of(query, answer, SearchResults.hasNext(query, answer) ? answer.snapshot() : null);
		});
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		ensureLive();
		return this.calls.run("suggest", () -> this.suggestions.suggest(prefix, limit));
	}

	@Override
	public SearchHealth health() {
		try {
			ensureLive();
			return this.calls.run("report health", () -> {
				String live = this.versions.live();
				long documents = this.client
					.count((c) -> c.index(live).query(QueryBuilders.exists((e) -> e.field("recordId"))))
					.count();
				return new SearchHealth(true, "elasticsearch", live, documents, this.watermarks.read(live), null);
			});
		}
		catch (SearchUnavailableException ex) {
			return new SearchHealth(false, "elasticsearch", null, -1, -1, ex.getMessage());
		}
	}

	@Override
	public IndexRebuild rebuild() {
		ensureLive();
		String version = this.calls.run("create an index to rebuild into", this.versions::createNext);
		return new ElasticsearchRebuild(this, version);
	}

	@Override
	public boolean outdated() {
		return this.versions.outdated();
	}

	@Override
	public void close() {
		try {
			this.client._transport().close();
		}
		catch (IOException ex) {
			// nothing to do: the connections are closed as far as they can be
		}
	}

	Calls calls() {
		return this.calls;
	}

	IndexVersions versions() {
		return this.versions;
	}

	BulkWrites bulk() {
		return this.bulk;
	}

	Watermarks watermarks() {
		return this.watermarks;
	}

	/**
	 * Asks the node to merge a rebuilt index into one segment in the background; a
	 * failure is logged, not thrown: the index answers either way, only slower.
	 */
	void mergeInBackground(String version) {
		try {
			this.calls.exec("merge the rebuilt index " + version, () -> this.versions.mergeInBackground(version));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not ask Elasticsearch to merge the rebuilt index {} (searches stay slower until it"
					+ " merges on its own): {}", version, ex.getMessage());
		}
	}

	/** Tells the searches that the live index changed (a rebuild went live). */
	void changed() {
		this.pages.changed();
	}

	/**
	 * A write to the live index, after which first pages see it (even if it failed
	 * half-way).
	 */
	private void write(String what, Calls.VoidCall call) {
		ensureLive();
		try {
			this.calls.exec(what, call);
		}
		finally {
			this.pages.changed();
		}
	}

	private void ensureLive() {
		if (!this.ready) {
			this.calls.exec("create the index " + this.versions.alias(), this.versions::ensureLive);
			this.ready = true;
		}
	}

}
