package org.consentregistry.registry.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds the issuers whose documents say control is verified, for a control change whose
 * claim no longer exists (so its issuer is unknown): their records are indexed again. A
 * request survives a failure of the index until a sweep succeeds.
 */
final class IssuerSweep {

	private final SearchIndex index;

	private final AtomicBoolean requested = new AtomicBoolean();

	IssuerSweep(SearchIndex index) {
		this.index = index;
	}

	void request() {
		this.requested.set(true);
	}

	/** The issuers to index again if a sweep was requested, else none. */
	Set<String> issuersIfRequested() {
		if (!this.requested.getAndSet(false)) {
			return Set.of();
		}
		try {
			Set<String> issuers = new LinkedHashSet<>();
			SearchQuery query = SearchQuery.builder()
				.verifiedControl(true)
				.sort(SearchSort.OLDEST)
				.size(SearchQuery.MAX_SIZE)
				.build();
			while (true) {
				SearchResult page = this.index.search(query);
				page.hits().forEach((hit) -> issuers.add(hit.record().issuer()));
				if (page.next() == null) {
					return issuers;
				}
				query = query.after(page.next());
			}
		}
		catch (RuntimeException ex) {
			this.requested.set(true);
			throw ex;
		}
	}

}
