package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.SegmentSortOrder;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

/**
 * The versioned indices {@code <prefix>-records-v<N>} and the alias
 * {@code <prefix>-records} that points at the live one. Indices are created from
 * {@code search/elasticsearch-records.json}, one shard, sorted newest first; a rebuild's
 * index is created with refresh off and no replicas, which {@link #swap(String)} restores
 * before it moves the alias in one atomic request and drops the old index. Looking at the
 * live index and swapping exclude each other, so that a look that raced a swap cannot
 * call the new index outdated.
 */
final class IndexVersions {

	private static final String MAPPING = "/search/elasticsearch-records.json";

	/**
	 * The index sort: newest first, as the date sort of {@link SearchPages} by default,
	 * so that a newest-first page stops after its size instead of visiting every match
	 * (received times arrive in ascending order, so without it every document competes).
	 */
	static final List<String> NEWEST_FIRST = List.of("received", RecordOrder.HIGH, RecordOrder.LOW);

	private final ElasticsearchClient client;

	private final String alias;

	private final int replicas;

	private final Pattern versioned;

	private volatile boolean outdated;

	IndexVersions(ElasticsearchClient client, String prefix, int replicas) {
		this.client = client;
		this.alias = prefix + "-records";
		this.replicas = replicas;
		this.versioned = Pattern.compile(Pattern.quote(this.alias) + "-v(\\d+)");
	}

	String alias() {
		return this.alias;
	}

	/**
	 * Creates the first version behind the alias unless the alias exists; brings a live
	 * one's dynamic settings up to date and notes whether its layout is older than
	 * {@link IndexLayout#CURRENT}.
	 */
	synchronized void ensureLive() throws IOException {
		if (this.client.indices().existsAlias((e) -> e.name(this.alias)).value()) {
			addTieBreaker();
			this.client.indices()
				.putSettings(
						(p) -> p.index(this.alias).settings((s) -> s.otherSettings(IndexLayout.dynamicSettings())));
			this.outdated = IndexLayout.of(this.client, this.alias) < IndexLayout.CURRENT;
			return;
		}
		try {
			create(nextVersion(), false);
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

	/**
	 * Adds the numeric tie-breaker fields to a live index of the layout before them (a
	 * no-op on a current one), so that the strict mapping accepts new documents; its
	 * older documents sort after the others of the same time until the next reindex.
	 */
	private void addTieBreaker() throws IOException {
		this.client.indices()
			.putMapping((p) -> p.index(this.alias)
				.properties(RecordOrder.HIGH, (f) -> f.long_((l) -> l.index(false)))
				.properties(RecordOrder.LOW, (f) -> f.long_((l) -> l.index(false))));
	}

	/**
	 * Whether the live index was found in a layout older than the one new indices get
	 * (until a rebuild replaces it).
	 */
	boolean outdated() {
		return this.outdated;
	}

	/** The name of the index the alias points to. */
	String live() throws IOException {
		Set<String> indices = this.client.indices().getAlias((g) -> g.name(this.alias)).aliases().keySet();
		return indices.stream()
			.max(Comparator.comparingInt(this::number))
			.orElseThrow(
					() -> new IllegalStateException("Expected alias " + this.alias + " on one index but found none"));
	}

	/**
	 * Creates the next version for a rebuild: not behind the alias, refresh off, no
	 * replicas.
	 */
	String createNext() throws IOException {
		String next = nextVersion();
		create(next, true);
		return next;
	}

	/**
	 * Makes {@code next} searchable and durable, points the alias at it, drops the old
	 * one.
	 */
	synchronized void swap(String next) throws IOException {
		this.client.indices()
			.putSettings((p) -> p.index(next)
				.settings((s) -> s.refreshInterval((t) -> t.time("1s"))
					.numberOfReplicas(Integer.toString(this.replicas))
					.translog((t) -> t.durability(TranslogDurability.Request))));
		this.client.indices().refresh((r) -> r.index(next));
		String old = live();
		this.client.indices()
			.updateAliases((u) -> u.actions(Action.of((a) -> a.remove((r) -> r.index(old).alias(this.alias))),
					Action.of((a) -> a.add((add) -> add.index(next).alias(this.alias).isWriteIndex(true)))));
		this.outdated = false;
		drop(old);
	}

	/**
	 * Asks the node to merge {@code index} into one segment in the background (the
	 * request returns at once). A rebuilt index is read far more than it is written:
	 * every search visits each segment, and fetching a page's hits sets up a
	 * stored-fields reader for every segment they fall in.
	 */
	void mergeInBackground(String index) throws IOException {
		this.client.indices().forcemerge((f) -> f.index(index).maxNumSegments(1L).waitForCompletion(false));
	}

	void drop(String index) throws IOException {
		this.client.indices().delete((d) -> d.index(index).ignoreUnavailable(true));
	}

	private void create(String index, boolean forRebuild) throws IOException {
		try (InputStream mapping = IndexVersions.class.getResourceAsStream(MAPPING)) {
			CreateIndexRequest.Builder request = new CreateIndexRequest.Builder().withJson(mapping).index(index);
			request.settings((s) -> s.numberOfShards("1")
				.numberOfReplicas(forRebuild ? "0" : Integer.toString(this.replicas))
				.refreshInterval((t) -> t.time(forRebuild ? "-1" : "1s"))
				.translog((t) -> t.durability(forRebuild ? TranslogDurability.Async : TranslogDurability.Request))
				.sort((o) -> o.field(NEWEST_FIRST)
					.order(SegmentSortOrder.Desc, SegmentSortOrder.Asc, SegmentSortOrder.Asc))
				.maxResultWindow(10000)
				.otherSettings(IndexLayout.dynamicSettings()));
			if (!forRebuild) {
				request.aliases(this.alias, (a) -> a.isWriteIndex(true));
			}
			this.client.indices().create(request.build());
		}
	}

	private String nextVersion() throws IOException {
		Set<String> existing = this.client.indices()
			.get((g) -> g.index(this.alias + "-v*").allowNoIndices(true).ignoreUnavailable(true))
			.indices()
			.keySet();
		int highest = existing.stream().mapToInt(this::number).max().orElse(0);
		return this.alias + "-v" + (highest + 1);
	}

	private int number(String index) {
		Matcher matcher = this.versioned.matcher(index);
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
