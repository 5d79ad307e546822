package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;

/**
 * Point-in-time snapshots of the live index for deep paging: opened on the alias, kept
 * alive for a while after each page, left to expire (a cursor whose snapshot expired
 * carries on against the live index).
 */
final class PointsInTime {

	private final ElasticsearchClient client;

	private final String alias;

	private final Time keepAlive;

	private final String keepAliveText;

	PointsInTime(ElasticsearchClient client, String alias, Duration keepAlive) {
		this.client = client;
		this.alias = alias;
		this.keepAliveText = keepAlive.toSeconds() + "s";
		this.keepAlive = Time.of((t) -> t.time(this.keepAliveText));
	}

	String open() throws IOException {
		return this.client.openPointInTime((p) -> p.index(this.alias).keepAlive(this.keepAlive)).id();
	}

	SearchBodies.Snapshot reference(String id) {
		return new SearchBodies.Snapshot(id, this.keepAliveText);
	}

	/**
	 * Whether an error answer says the snapshot is gone (expired, or the node restarted).
	 */
	static boolean isExpired(ElasticsearchException ex) {
		String text = String.valueOf(ex.getMessage());
		return ex.status() == 404 || text.contains("search_context_missing_exception")
				|| text.contains("No search context found");
	}

}
