package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jspecify.annotations.Nullable;

import org.consentregistry.registry.consent.ListingIndex.Key;

/**
 * Pages of the record listings kept in the store ({@link ListingIndex}), newest first, as
 * the registry stands or stood at a past point. A list's positions follow received time,
 * so the page after {@code offset} records is read position by position from
 * {@code size - 1 - offset} down: {@code limit} point lookups whatever the offset, and
 * the total is the list's size. As of a past point, the list's size then is found by
 * binary search over received times (received times strictly increase along a list). With
 * both an issuer and a work, the shorter of their lists is read in full and filtered.
 * Callers hold the read transaction.
 */
final class ListingPages {

	private final ListingIndex index;

	private final RecordMetadata metadata;

	ListingPages(DatasetGraph dataset) {
		this.index = new ListingIndex(dataset);
		this.metadata = new RecordMetadata(dataset);
	}

	/** The page that {@code query} asks for, as of {@code asOf} (now if {@code null}). */
	RecordPage page(RecordQuery query, @Nullable AsOf asOf) {
		Key key = list(query);
		long size = sizeAsOf(key, asOf);
		if (query.issuer() != null && query.work() != null) {
			return filtered(key, size, query, asOf);
		}
		List<RecordEntry> page = new ArrayList<>(query.limit());
		for (long p = size - 1 - query.offset(); p >= 0 && page.size() < query.limit(); p--) {
			page.add(entry(record(key, p), asOf));
		}
		return new RecordPage(page, Math.toIntExact(size), query.limit(), query.offset());
	}

	private Key list(RecordQuery query) {
		@Nullable Key byIssuer = (query.issuer() != null) ? Key.issuer(query.issuer()) : null;
		@Nullable Key byWork = (query.work() != null) ? Key.work(query.work()) : null;
		if (byIssuer != null && byWork != null) {
			return (this.index.size(byWork) <= this.index.size(byIssuer)) ? byWork : byIssuer;
		}
		return (byIssuer != null) ? byIssuer : (byWork != null) ? byWork : Key.EVERY;
	}

	/** The records of the list received by {@code asOf}: a prefix of the list. */
	private long sizeAsOf(Key key, @Nullable AsOf asOf) {
		long high = this.index.size(key);
		if (asOf == null) {
			return high;
		}
		long low = 0;
		while (low < high) {
			long middle = (low + high) >>> 1;
			if (asOf.includes(received(record(key, middle)))) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private RecordPage filtered(Key key, long size, RecordQuery query, @Nullable AsOf asOf) {
		List<RecordEntry> page = new ArrayList<>(query.limit());
		int total = 0;
		for (long p = size - 1; p >= 0; p--) {
			Node record = record(key, p);
			if (is(record, CR.issuer, query.issuer()) && is(record, CR.work, query.work())) {
				if (total >= query.offset() && page.size() < query.limit()) {
					page.add(entry(record, asOf));
				}
				total++;
			}
		}
		return new RecordPage(page, total, query.limit(), query.offset());
	}

	private boolean is(Node record, Node property, @Nullable String iri) {
		return this.metadata.object(record, property).map((node) -> node.getURI().equals(iri)).orElse(false);
	}

	private Node record(Key key, long position) {
		return this.index.at(key, position)
			.orElseThrow(() -> new IllegalStateException("Expected a record at position " + position + " of listing "
					+ key.list() + " but found none: the listings and the records disagree"));
	}

	private Instant received(Node record) {
		Instant received = this.metadata.instant(record, CR.received);
		if (received == null) {
			throw new IllegalStateException("Record " + record + " has no " + CR.received);
		}
		return received;
	}

	private RecordEntry entry(Node record, @Nullable AsOf asOf) {
		RecordEntry entry = this.metadata.entry(record).orElseThrow();
		return (asOf != null) ? asOf.view(entry, this.metadata.withdrawnAt(record)).orElseThrow() : entry;
	}

}
