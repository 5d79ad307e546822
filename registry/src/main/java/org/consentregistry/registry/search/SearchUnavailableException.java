package org.consentregistry.registry.search;

import java.time.Duration;

/**
 * The search index cannot be reached or cannot answer right now (a node is down, the
 * index directory cannot be opened, a request timed out). Nothing about the request is
 * wrong; the web layer answers {@code 503} problem+json of type
 * {@code search-unavailable} with a {@code Retry-After} header. Submissions never fail
 * because of it.
 */
public class SearchUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The retry hint used when an adapter gives none. */
	public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

	private final Duration retryAfter;

	public SearchUnavailableException(String message, Throwable cause) {
		this(message, cause, DEFAULT_RETRY_AFTER);
	}

	public SearchUnavailableException(String message) {
		super(message);
		this.retryAfter = DEFAULT_RETRY_AFTER;
	}

	public SearchUnavailableException(String message, Throwable cause, Duration retryAfter) {
		super(message, cause);
		this.retryAfter = retryAfter;
	}

	/** How long a client should wait before asking again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
