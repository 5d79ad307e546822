package org.consentregistry.registry.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Content negotiation: the {@code Accept} header, overridable with
 * {@code ?format=ttl|nt|nq|jsonld}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.favorParameter(true)
			.parameterName("format")
			.mediaType("ttl", RdfMediaTypes.TURTLE)
			.mediaType("nt", RdfMediaTypes.N_TRIPLES)
			.mediaType("nq", RdfMediaTypes.N_QUADS)
			.mediaType("jsonld", RdfMediaTypes.LD_JSON);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
