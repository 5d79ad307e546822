package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.consentregistry.registry.search.IndexedRecord;

/**
 * Bulk requests of at most {@code bulkSize} operations. Live writes refresh before they
 * return (writes are visible once the port's method returns); a rebuild's writes don't.
 * An item that failed fails the call: as unavailable when the cluster was overloaded or
 * lacked a shard, else as a bug.
 */
final class BulkWrites {

	private final ElasticsearchClient client;

	private final int bulkSize;

	BulkWrites(ElasticsearchClient client, int bulkSize) {
		this.client = client;
		this.bulkSize = bulkSize;
	}

	void index(String index, List<IndexedRecord> records, boolean refresh) throws IOException {
		List<BulkOperation> operations = new ArrayList<>(records.size());
		for (IndexedRecord record : records) {
			operations.add(BulkOperation
				.of((o) -> o.index((i) -> i.id(record.recordId()).document(RecordDocuments.source(record)))));
		}
		send(index, operations, refresh);
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
