package org.consentregistry.registry.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode settings.
 *
 * @param enabled whether to load the demo works at start-up (once: a registry that
 * already holds them is left alone)
 * @param works how many example works to load
 */
@ConfigurationProperties("registry.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("300") int works) {
}
