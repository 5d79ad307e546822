package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.consentregistry.registry.search.SearchUnavailableException;

/**
 * Runs a request against the cluster and maps what means "the index can't be reached or
 * can't answer now" to {@link SearchUnavailableException}: I/O and transport failures
 * (refused connections, timeouts, no pooled connection in time, TLS), 5xx and 429
 * answers, a missing index, and refused credentials (401 and 403: a configuration problem
 * of the operator's, not of the request, so clients get 503 and the indexer keeps
 * retrying). Any other error answer is a bug here and surfaces as
 * {@link IllegalStateException}.
 */
final class Calls {

	private final Duration retryAfter;

	private final Runnable onMissingIndex;

	/**
	 * @param retryAfter the retry hint of the exceptions thrown
	 * @param onMissingIndex told when the cluster answers that an index is missing (it
	 * was deleted, or the cluster came back empty), so that it is created again
	 */
	Calls(Duration retryAfter, Runnable onMissingIndex) {
		this.retryAfter = retryAfter;
		this.onMissingIndex = onMissingIndex;
	}

	<T> T run(String what, Call<T> call) {
		try {
			return call.run();
		}
		catch (TransportException ex) {
			if (ex.statusCode() == 401 || ex.statusCode() == 403) {
				throw credentialsRefused(what, ex.statusCode(), ex.getMessage(), ex);
			}
			throw unavailable(what, ex.toString(), ex);
		}
		catch (IOException ex) {
			throw unavailable(what, ex.toString(), ex);
		}
		catch (ElasticsearchException ex) {
			throw refused(what, ex);
		}
		catch (RuntimeException ex) {
			// the transport wraps what it cannot rethrow as is, e.g. no pooled
			// connection in time (a TimeoutException)
			if (ex.getCause() instanceof TimeoutException || ex.getCause() instanceof IOException) {
				throw unavailable(what, ex.getCause().toString(), ex);
			}
			throw ex;
		}
	}

	private RuntimeException refused(String what, ElasticsearchException ex) {
		if (isMissingIndex(ex)) {
			this.onMissingIndex.run();
		}
		if (ex.status() >= 500 || ex.status() == 429 || ex.status() == 408 || isMissingIndex(ex)) {
			return unavailable(what, ex.getMessage(), ex);
		}
		if (ex.status() == 401 || ex.status() == 403) {
			return credentialsRefused(what, ex.status(), ex.getMessage(), ex);
		}
		return new IllegalStateException("Elasticsearch refused to " + what + ": " + ex.getMessage(), ex);
	}

	void exec(String what, VoidCall call) {
		run(what, () -> {
			call.run();
			return null;
		});
	}

	private SearchUnavailableException credentialsRefused(String what, int status, String why, Throwable cause) {
		return new SearchUnavailableException("Elasticsearch refused the registry's credentials (HTTP " + status
				+ ") to " + what + "; check registry.search.elasticsearch.username, password or api-key and the"
				+ " user's privileges: " + why, cause, this.retryAfter);
	}

	SearchUnavailableException unavailable(String what, String why, Throwable cause) {
		return new SearchUnavailableException("Elasticsearch could not " + what + ": " + why, cause, this.retryAfter);
	}

	static boolean isMissingIndex(ElasticsearchException ex) {
		return ex.status() == 404 && ex.error() != null && "index_not_found_exception".equals(ex.error().type());
	}

	/** A request that may fail with I/O or an error answer. */
	@FunctionalInterface
	interface Call<T> {

		T run() throws IOException;

	}

	/** A request without a result. */
	@FunctionalInterface
	interface VoidCall {

		void run() throws IOException;

	}

}
