package org.consentregistry.registry.search;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.consentregistry.registry.control.ControlClaims;
import org.jspecify.annotations.Nullable;

/**
 * The issuers whose records the search indexer must index again because their control of
 * identifiers changed. Changes are kept in memory only, so at startup every issuer that
 * may have had a change is taken in ({@link #reconcile}); a change announced during a
 * rebuild is taken in again once the rebuild is done, and an issuer whose documents fail
 * to be written stays pending.
 */
final class PendingIssuers {

	private final Set<String> issuers = ConcurrentHashMap.newKeySet();

	private final IssuerSweep sweep;

	private volatile @Nullable Set<String> touchedDuringRebuild;

	PendingIssuers(SearchIndex index) {
		this.sweep = new IssuerSweep(index);
	}

	/**
	 * A control change of {@code issuer}; {@code null} if the claim is gone, so the
	 * issuer is unknown (a sweep of the index finds the issuers to index again).
	 */
	void changed(@Nullable String issuer) {
		if (issuer == null) {
			this.sweep.request();
			return;
		}
		this.issuers.add(issuer);
		Set<String> touched = this.touchedDuringRebuild;
		if (touched != null) {
			touched.add(issuer);
		}
	}

	void rebuildStarted() {
		this.touchedDuringRebuild = ConcurrentHashMap.newKeySet();
	}

	void rebuildEnded() {
		Set<String> touched = this.touchedDuringRebuild;
		this.touchedDuringRebuild = null;
		if (touched != null) {
			this.issuers.addAll(touched);
		}
	}

	/** Indexes the records of every pending issuer again. Throws if the index fails. */
	void index(SearchIndex index, SearchSource source) {
		for (String issuer : List.copyOf(this.issuers)) {
			// Taken off before reading, so that a change announced while the issuer's
			// documents are read and written is indexed again, not lost
			this.issuers.remove(issuer);
			try {
				index.index(source.issuer(issuer));
			}
			catch (RuntimeException ex) {
				this.issuers.add(issuer);
				throw ex;
			}
		}
		this.issuers.addAll(this.sweep.issuersIfRequested());
	}

	boolean isEmpty() {
		return this.issuers.isEmpty();
	}

	/**
	 * Takes in every issuer that has ever had control verified and every issuer whose
	 * documents say it has it: a change that a stopped or crashed registry had not
	 * indexed yet would otherwise be lost.
	 */
	void reconcile(ControlClaims claims) {
		claims.all(null)
			.stream()
			.filter((claim) -> !claim.verified().isEmpty())
			.forEach((claim) -> this.issuers.add(claim.issuer()));
		this.sweep.request();
		this.issuers.addAll(this.sweep.issuersIfRequested());
	}

}
