package org.consentregistry.registry.credential;

import com.apicatalog.rdf.canon.RdfCanonTicker;

/** Counts the library's work units and stops it past a limit. */
final class WorkLimit implements RdfCanonTicker {

	private final long limit;

	private long ticks;

	WorkLimit(long limit) {
		this.limit = limit;
	}

	@Override
	public void tick() {
		if (++this.ticks > this.limit) {
			throw new IllegalStateException(
					"RDFC-1.0 canonicalisation exceeded its limit of " + this.limit + " work units");
		}
	}

}
