package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.consentregistry.registry.search.IndexedRecord;

/**
 * Bulk requests of at most {@code bulkSize} operations. Live writes refresh before they
 * return (writes are visible once the port's method returns); a rebuild's writes don't,
 * and are sent without waiting, so that reading the store and indexing overlap. An item
 * that failed fails the call: as unavailable when the cluster was overloaded or lacked a
 * shard, else as a bug.
 */
final class BulkWrites {

	private final ElasticsearchClient client;

	private final ElasticsearchAsyncClient async;

	private final int bulkSize;

	BulkWrites(ElasticsearchClient client, int bulkSize) {
		this.client = client;
		this.async = new ElasticsearchAsyncClient(client._transport());
		this.bulkSize = bulkSize;
	}

	void index(String index, List<IndexedRecord> records, boolean refresh) throws IOException {
		send(index, operations(records), refresh);
	}

	private static List<BulkOperation> operations(List<IndexedRecord> records) {
		List<BulkOperation> operations = new ArrayList<>(records.size());
		for (IndexedRecord record : records) {
			operations.add(BulkOperation
				.of((o) -> o.index((i) -> i.id(record.recordId()).document(RecordDocuments.source(record)))));
		}
		return operations;
	}

	/**
	 * Sends documents without waiting for the answers, at most {@code bulkSize} a
	 * request.
	 * @param inFlight released as each request is answered; acquired here before each
	 * @return completes when every request is answered; fails as the first failure did
	 */
	CompletableFuture<Void> indexAsync(String index, List<IndexedRecord> records, Semaphore inFlight)
			throws InterruptedException {
		List<CompletableFuture<?>> sent = new ArrayList<>();
		for (int from = 0; from < records.size(); from += this.bulkSize) {
			List<BulkOperation> chunk = operations(
					records.subList(from, Math.min(records.size(), from + this.bulkSize)));
			inFlight.acquire();
			sent.add(this.async.bulk((b) -> b.index(index).operations(chunk)).whenComplete((response, ex) -> {
				inFlight.release();
			}).thenAccept((response) -> {
				if (response.errors()) {
					try {
						failure(index, response);
					}
					catch (IOException ex) {
						throw new CompletionException(ex);
					}
				}
			}));
		}
		return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
	}

	void delete(String index, Collection<String> recordIds) throws IOException {
		List<BulkOperation> operations = new ArrayList<>(recordIds.size());
		for (String id : recordIds) {
			operations.add(BulkOperation.of((o) -> o.delete((d) -> d.id(id))));
		}
		send(index, operations, true);
	}

	private void send(String index, List<BulkOperation> operations, boolean refresh) throws IOException {
		for (int from = 0; from < operations.size(); from += this.bulkSize) {
			List<BulkOperation> chunk = operations.subList(from, Math.min(operations.size(), from + this.bulkSize));
			boolean last = from + this.bulkSize >= operations.size();
			BulkResponse response = this.client.bulk(
					(b) -> b.index(index).operations(chunk).refresh((refresh && last) ? Refresh.True : Refresh.False));
			if (response.errors()) {
				failure(index, response);
			}
		}
	}

	private static void failure(String index, BulkResponse response) throws IOException {
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null || item.status() == 404) {
				continue;
			}
			String detail = "item " + item.id() + " of a bulk request to " + index + " failed with " + item.status()
					+ ": " + item.error().type() + ": " + item.error().reason();
			if (item.status() == 429 || item.status() >= 500) {
				throw new IOException(detail);
			}
			throw new IllegalStateException("Expected Elasticsearch to accept every document but " + detail);
		}
	}

}
