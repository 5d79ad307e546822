package org.consentregistry.registry.consent;

import java.time.Clock;

import org.consentregistry.registry.credential.CredentialVerifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credential verifier the submission pipeline uses.
 */
@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

	@Bean
	CredentialVerifier credentialVerifier(Clock clock) {
		return new CredentialVerifier(clock);
	}

}
