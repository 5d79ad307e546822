package org.consentregistry.registry.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
class ReadAdmissionIntegrationTests {

	@Autowired
	FilterRegistrationBean<ReadAdmission> admission;

	@Test
	void admitsSearchesAndPagesTwiceTheProcessorsAtOnceByDefault() {
		assertThat(this.admission.isEnabled()).isTrue();
		assertThat(this.admission.getFilter().limit()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
	}

}
