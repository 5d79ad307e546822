package org.consentregistry.registry.control;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Control settings for tests: loopback and http allowed unless stated. The time limits
 * are generous (10 s) so that a loaded build machine never turns a refusal under test
 * into a timeout; the timeout test sets its own short limit with {@link #withTimeout}.
 */
final class TestSettings {

	private TestSettings() {
	}

	static ControlProperties loopback(@Nullable Integer webPort, String dnsServer) {
		return settings(true, webPort, dnsServer);
	}

	static ControlProperties settings(boolean allowLoopback, @Nullable Integer webPort, String dnsServer) {
		return new ControlProperties(Duration.ofDays(30), 0.34, Duration.ofHours(1), Duration.ofHours(6),
				Duration.ofDays(7), 10, 10000, 60, Duration.ofSeconds(10), allowLoopback, true, webPort, dnsServer,
				Duration.ofSeconds(10), Duration.ofSeconds(10), 3, DataSize.ofKilobytes(4));
	}

	static ControlProperties withTimeout(ControlProperties settings, Duration timeout) {
		return new ControlProperties(settings.validity(), settings.recheckWhenRemaining(), settings.recheckEvery(),
				settings.recheckRetry(), settings.pendingTtl(), settings.maxPendingPerIssuer(), settings.maxPending(),
				settings.maxClaimsPerMinute(), settings.minCheckInterval(), settings.allowLoopback(),
				settings.allowHttp(), settings.webPort(), settings.dnsServer(), timeout, timeout,
				settings.maxRedirects(), settings.maxBodySize());
	}

}
