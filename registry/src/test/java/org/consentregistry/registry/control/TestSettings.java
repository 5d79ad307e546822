package org.consentregistry.registry.control;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/** Control settings for tests: short limits, loopback and http allowed unless stated. */
final class TestSettings {

	private TestSettings() {
	}

	static ControlProperties loopback(@Nullable Integer webPort, String dnsServer) {
		return settings(true, webPort, dnsServer);
	}

	static ControlProperties settings(boolean allowLoopback, @Nullable Integer webPort, String dnsServer) {
		return new ControlProperties(Duration.ofDays(30), 0.34, Duration.ofHours(1), Duration.ofHours(6),
				Duration.ofDays(7), 10, 10000, 60, Duration.ofSeconds(10), allowLoopback, true, webPort, dnsServer,
				Duration.ofSeconds(2), Duration.ofSeconds(2), 3, DataSize.ofKilobytes(4));
	}

}
