package org.consentregistry.blocker.manifest;

import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.policy.Decision;
import org.jspecify.annotations.Nullable;

/**
 * The URL and hash read from one manifest line and their decisions, or why the line is
 * malformed. Reused from line to line.
 */
final class ItemFields {

	@Nullable String url;

	@Nullable String sha256;

	@Nullable String malformed;

	/** The decisions of the item, URL first, once decided. */
	final List<Decision> decisions = new ArrayList<>(2);

	/** Where the URL's query is in the decision batch, or -1. */
	int urlSlot;

	void clear() {
		this.url = null;
		this.sha256 = null;
		this.malformed = null;
		this.decisions.clear();
		this.urlSlot = -1;
	}

	/** Marks the line malformed; returns {@code false} for use in parsers. */
	boolean malformed(String reason) {
		if (this.malformed == null) {
			this.malformed = reason;
		}
		return false;
	}

}
