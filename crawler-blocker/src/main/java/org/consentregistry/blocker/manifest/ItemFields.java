package org.consentregistry.blocker.manifest;

import org.jspecify.annotations.Nullable;

/**
 * The URL and hash read from one manifest line, or why the line is malformed. Reused from
 * line to line.
 */
final class ItemFields {

	@Nullable String url;

	@Nullable String sha256;

	@Nullable String malformed;

	void clear() {
		this.url = null;
		this.sha256 = null;
		this.malformed = null;
	}

	/** Marks the line malformed; returns {@code false} for use in parsers. */
	boolean malformed(String reason) {
		if (this.malformed == null) {
			this.malformed = reason;
		}
		return false;
	}

}
