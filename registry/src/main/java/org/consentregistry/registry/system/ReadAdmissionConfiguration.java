package org.consentregistry.registry.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ReadAdmission} unless {@code registry.reads.max-concurrent} is
 * negative.
 */
@Configuration(proxyBeanMethods = false)
class ReadAdmissionConfiguration {

	@Bean
	FilterRegistrationBean<ReadAdmission> readAdmission(ReadsProperties properties) {
		FilterRegistrationBean<ReadAdmission> registration = new FilterRegistrationBean<>(
				new ReadAdmission(properties));
		registration.setEnabled(properties.maxConcurrent() >= 0);
		return registration;
	}

}
