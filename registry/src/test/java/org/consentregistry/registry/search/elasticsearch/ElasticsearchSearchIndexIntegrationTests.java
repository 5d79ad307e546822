package org.consentregistry.registry.search.elasticsearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.IndexRebuild;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchIndexContract;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchResult;
import org.consentregistry.registry.search.SearchSort;
import org.consentregistry.registry.search.SearchUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Elasticsearch adapter against a real node ({@link ElasticsearchNode}): the shared
 * contract, each test in indices of its own prefix; deep paging while documents change
 * between pages; the point in time first pages share; a rebuilt index merged into one
 * segment; an index the cluster lost is created again.
 */
class ElasticsearchSearchIndexIntegrationTests extends SearchIndexContract {

	private String prefix = "";

	@Override
	protected SearchIndex createIndex() {
		ElasticsearchNode node = ElasticsearchNode.shared();
		this.prefix = node.prefix("contract");
		ElasticsearchSearchProperties properties = ElasticsearchSearchProperties.of(List.of(node.httpUri()),
				this.prefix);
		return new ElasticsearchSearchIndex(ElasticsearchClients.create(properties), properties);
	}

	@Test
	void createsItsIndexAgainWhenTheClusterLostIt() throws Exception {
		this.index.index(List.of(harbour(1, "Harbour")), 4);
		HttpResponse<String> deleted = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(ElasticsearchNode.shared().httpUri().resolve("/" + this.prefix + "-records-v1"))
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(this.index::position);
		assertThat(this.index.position()).isZero();
		this.index.index(List.of(harbour(2, "Harbour")), 1);
		assertThat(ids(this.index.search(SearchQuery.builder().text("harbour").build())))
			.containsExactly(harbour(2, "Harbour").recordId());
	}

	@ParameterizedTest
	@EnumSource(SearchSort.class)
	void pagesEveryRecordOnceWhileRecordsAreAddedAndReplaced(SearchSort sort) {
		List<IndexedRecord> existing = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			existing.add(harbour(i, "Harbour " + "boats ".repeat(i % 5)));
		}
		this.index.index(existing);
		SearchQuery first = SearchQuery.builder().text("harbour").sort(sort).size(7).build();
		SearchResult page = this.index.search(first);
		List<String> seen = new ArrayList<>(ids(page));
		List<IndexedRecord> added = new ArrayList<>();
		for (int i = 30; i < 60; i++) {
			added.add(harbour(i, "Harbour harbour harbour"));
		}
		this.index.index(added);
		this.index.index(existing.subList(0, 10).stream().map((r) -> r.withStatus(RecordStatus.SUPERSEDED)).toList());
		seen.addAll(pageThrough(first.after(page.next())));
		assertThat(seen).doesNotHaveDuplicates().containsAll(existing.stream().map(IndexedRecord::recordId).toList());
	}

	@Test
	void relevanceFirstPagesShareAPointInTimeUntilTheRegistryWrites() {
		ElasticsearchNode node = ElasticsearchNode.shared();
		ElasticsearchSearchProperties properties = ElasticsearchSearchProperties
			.of(List.of(node.httpUri()), node.prefix("shared"))
			.withSharedPointInTimeMaxAge(Duration.ofHours(1));
		try (ElasticsearchSearchIndex shared = new ElasticsearchSearchIndex(ElasticsearchClients.create(properties),
				properties)) {
			List<IndexedRecord> existing = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				existing.add(harbour(i, "Harbour boats " + i));
			}
			shared.index(existing);
			SearchQuery query = SearchQuery.builder().text("harbour").size(2).build();
			SearchResult first = shared.search(query);
			SearchResult other = shared.search(SearchQuery.builder().text("boats").size(2).build());
			assertThat(first.next()).isNotNull();
			assertThat(other.next()).isNotNull();
			assertThat(first.next().snapshot()).isNotNull().isEqualTo(other.next().snapshot());
			shared.index(List.of(harbour(10, "Harbour")));
			SearchResult afterWrite = shared.search(query);
			assertThat(afterWrite.total()).isEqualTo(6);
			assertThat(afterWrite.next().snapshot()).isNotNull().isNotEqualTo(first.next().snapshot());
			List<String> seen = new ArrayList<>(ids(first));
			SearchResult page = first;
			while (page.next() != null) {
				page = shared.search(query.after(page.next()));
				assertThat(page.total()).isEqualTo(5);
				seen.addAll(ids(page));
			}
			assertThat(seen)
				.containsExactlyInAnyOrderElementsOf(existing.stream().map(IndexedRecord::recordId).toList());
		}
	}

	@Test
	void mergesARebuiltIndexIntoOneSegmentAfterItWentLive() throws Exception {
		URI node = ElasticsearchNode.shared().httpUri();
		String rebuilt;
		try (IndexRebuild rebuild = this.index.rebuild()) {
			rebuilt = this.prefix + "-records-v2";
			for (int i = 0; i < 3; i++) {
				// each refreshed write makes a segment of its own
				String id = harbour(i, "Harbour").recordId();
				assertThat(send(HttpRequest.newBuilder(node.resolve("/" + rebuilt + "/_doc/" + id + "?refresh=true"))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString("{\"recordId\":\"" + id + "\"}"))
					.build()).statusCode()).isEqualTo(201);
			}
			assertThat(segments(node, rebuilt)).isEqualTo(3);
			rebuild.complete(3);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (segments(node, rebuilt) > 1 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(segments(node, rebuilt)).isEqualTo(1);
	}

	private static long segments(URI node, String index) throws Exception {
		String lines = send(HttpRequest.newBuilder(node.resolve("/_cat/segments/" + index + "?h=segment")).build())
			.body();
		return lines.lines().filter((line) -> !line.isBlank()).count();
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	static IndexedRecord harbour(int n, String title) {
		String id = UUID.nameUUIDFromBytes(("paging-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.toString();
		return new IndexedRecord(id, "https://registry.example/records/" + id, "urn:uuid:" + id, "urn:uuid:" + id,
				"did:key:z6MkPaging", IndexedRecord.Kind.CREDENTIAL, RecordStatus.CURRENT, title, "Ada Example", null,
				"image/jpeg", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), null, null, List.of(), List.of(),
				List.of(), List.of(), Map.of(), false);
	}

}
