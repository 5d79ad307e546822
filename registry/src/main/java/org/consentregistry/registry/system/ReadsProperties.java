package org.consentregistry.registry.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How searches and public pages are admitted ({@link ReadAdmission}).
 *
 * @param maxConcurrent how many run at once; 0 (the default) for twice the processors the
 * JVM sees, a negative value to admit every read at once: no limit
 * (docs/guides/operators.md, "Latency")
 * @param maxWait how long a read waits for its turn before it is answered {@code 503}
 */
@ConfigurationProperties("registry.reads")
record ReadsProperties(@DefaultValue("0") int maxConcurrent, @DefaultValue("10s") Duration maxWait) {

	/**
	 * The number of reads that run at once: 0 means twice the processors, negative no
	 * limit.
	 */
	int effectiveMaxConcurrent() {
		if (this.maxConcurrent < 0) {
			return Integer.MAX_VALUE;
		}
		return (this.maxConcurrent == 0) ? 2 * Runtime.getRuntime().availableProcessors() : this.maxConcurrent;
	}

}
