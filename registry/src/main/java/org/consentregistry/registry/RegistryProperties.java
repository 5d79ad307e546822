package org.consentregistry.registry;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registry-wide settings.
 *
 * @param baseUri the public base URI of the registry; record IRIs are
 * {@code {baseUri}/records/{uuid}}
 */
@ConfigurationProperties("registry")
public record RegistryProperties(@DefaultValue("http://localhost:8080") URI baseUri) {
}
