package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;

/**
 * The outbox high-water mark, kept as a metadata document ({@value #ID}) inside each
 * versioned index, beside the documents it covers: a rebuilt index brings its own mark,
 * and the alias swap moves both at once. Record searches exclude it (it has no record
 * id). The mark only moves forward (optimistic concurrency, no scripts: the
 * integ-test-zip node has no Painless).
 */
final class Watermarks {

	static final String ID = "~position";

	private final ElasticsearchClient client;

	Watermarks(ElasticsearchClient client) {
		this.client = client;
	}

	long read(String index) throws IOException {
		GetResponse<Map> current = this.client.get((g) -> g.index(index).id(ID), Map.class);
		return position(current);
	}

	void advance(String index, long position) throws IOException {
		for (int attempt = 0; attempt < 10; attempt++) {
			GetResponse<Map> current = this.client.get((g) -> g.index(index).id(ID), Map.class);
			if (position(current) >= position) {
				return;
			}
			try {
				Map<String, Object> document = Map.of("position", position);
				if (current.found()) {
					this.client.index((i) -> i.index(index)
						.id(ID)
						.document(document)
						.ifSeqNo(current.seqNo())
						.ifPrimaryTerm(current.primaryTerm())
						.refresh(Refresh.True));
				}
				else {
					this.client.create((c) -> c.index(index).id(ID).document(document).refresh(Refresh.True));
				}
				return;
			}
			catch (ElasticsearchException ex) {
				if (ex.status() != 409) {
					throw ex;
				}
			}
		}
		throw new IllegalStateException("Could not advance the high-water mark of " + index + " to " + position
				+ ": it changed under every one of 10 attempts");
	}

	private static long position(GetResponse<Map> response) {
		if (!response.found() || response.source() == null) {
			return 0;
		}
		Object value = response.source().get("position");
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
