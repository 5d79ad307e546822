package org.consentregistry.registry.search;

/**
 * A field whose values a search counts over its hits ({@link SearchResult#facets()}).
 */
public enum Facet {

	/**
	 * What the terms say per purpose; values {@code <purpose>:<effect>} such as
	 * {@code ai-train:refused} (every record counts once per purpose).
	 */
	PURPOSE("purpose"),

	/**
	 * The work's media type, e.g. {@code image/jpeg}; records without one do not count.
	 */
	MEDIA_TYPE("mediaType"),

	/** The record's status: {@code current}, {@code superseded}, {@code withdrawn}. */
	STATUS("status"),

	/**
	 * Whether the issuer proved control of an identifier: {@code true}, {@code false}.
	 */
	VERIFIED_CONTROL("verified");

	private final String field;

	Facet(String field) {
		this.field = field;
	}

	/** The facet's name on the API. */
	public String field() {
		return this.field;
	}

}
