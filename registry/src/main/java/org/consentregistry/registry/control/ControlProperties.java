package org.consentregistry.registry.control;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of proof of control.
 *
 * @param validity how long a passed check verifies control
 * @param recheckWhenRemaining re-check a verified claim once less than this fraction of
 * its validity remains
 * @param recheckEvery how often the re-check task runs
 * @param recheckRetry how long a failed re-check waits before the next attempt
 * @param pendingTtl how long a claim that never passed stays before it is removed
 * @param maxPendingPerIssuer the most unverified claims one issuer may hold
 * @param maxPending the most unverified claims the registry holds
 * @param maxClaimsPerMinute the most new claims accepted per minute, from everyone
 * @param minCheckInterval the shortest time between two checks of one claim on demand
 * @param allowLoopback allow loopback targets (127.0.0.0/8, ::1); for tests only
 * @param allowHttp check over plain http instead of https and follow http redirects; for
 * tests only
 * @param webPort the port domain checks connect to instead of the scheme's; for tests
 * only
 * @param dnsServer the DNS server to ask for TXT records ({@code host} or
 * {@code host:port}); empty for the system's resolvers
 * @param connectTimeout the longest wait for a connection
 * @param timeout the longest a single fetch or DNS query may take in all
 * @param maxRedirects the most redirects followed per fetch
 * @param maxBodySize the most bytes read of a response body
 */
@ConfigurationProperties("registry.control")
public record ControlProperties(@DefaultValue("30d") Duration validity,
		@DefaultValue("0.34") double recheckWhenRemaining, @DefaultValue("1h") Duration recheckEvery,
		@DefaultValue("6h") Duration recheckRetry, @DefaultValue("7d") Duration pendingTtl,
		@DefaultValue("10") int maxPendingPerIssuer, @DefaultValue("10000") int maxPending,
		@DefaultValue("60") int maxClaimsPerMinute, @DefaultValue("10s") Duration minCheckInterval,
		@DefaultValue("false") boolean allowLoopback, @DefaultValue("false") boolean allowHttp,
		@Nullable Integer webPort, @DefaultValue("") String dnsServer, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration timeout, @DefaultValue("3") int maxRedirects,
		@DefaultValue("256KB") DataSize maxBodySize) {

	/** The scheme checks fetch with. */
	String scheme() {
		return this.allowHttp ? "http" : "https";
	}

}
