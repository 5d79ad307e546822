package org.consentregistry.registry.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the API served at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI registryOpenApi() {
		return new OpenAPI().info(new Info().title("Consent Registry")
			.version("v1")
			.description("Signed consent terms for creative works: submit and read records, follow their history, "
					+ "and ask for decisions. Errors are RFC 9457 problems; their types are listed in docs/problems.md.")
			.license(new License().name("See the repository's licence")));
	}

}
