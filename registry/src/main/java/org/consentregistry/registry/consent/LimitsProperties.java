package org.consentregistry.registry.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what a submission may contain.
 *
 * @param maxBodyBytes the largest request body accepted; larger ones are refused with 413
 * before they are read in full
 * @param maxTriples the most triples a credential's graph may have
 * @param maxJsonDepth the deepest nesting of JSON arrays and objects accepted
 */
@ConfigurationProperties("registry.limits")
public record LimitsProperties(@DefaultValue("1MB") DataSize maxBodyBytes, @DefaultValue("10000") int maxTriples,
		@DefaultValue("64") int maxJsonDepth) {
}
