package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.consentregistry.registry.search.SearchUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link Calls} makes of the transport's failures: the ones that mean "not now" are
 * {@link SearchUnavailableException}, others pass through.
 */
class CallsTests {

	private final Calls calls = new Calls(Duration.ofSeconds(7), () -> {
	});

	@Test
	void answersUnavailableWhenNoPooledConnectionFreesInTime() {
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(() -> this.calls.run("search", () -> {
			throw new RuntimeException("error while performing request", new TimeoutException("Deadline: overdue"));
		})).withMessageContaining("Elasticsearch could not search").withMessageContaining("Deadline");
	}

	@Test
	void answersUnavailableForWrappedIoFailures() {
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(() -> this.calls.run("search", () -> {
			throw new RuntimeException("error while performing request", new IOException("Connection reset"));
		}));
	}

	@Test
	void passesOtherFailuresThrough() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.calls.run("search", () -> {
			throw new IllegalArgumentException("a bug");
		}));
	}

}
