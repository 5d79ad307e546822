package org.consentregistry.registry.search.elasticsearch;

import org.consentregistry.registry.search.SearchIndex;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index on Elasticsearch, when {@code registry.search.backend=elasticsearch}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "registry.search.backend", havingValue = "elasticsearch")
@EnableConfigurationProperties(ElasticsearchSearchProperties.class)
class ElasticsearchSearchConfiguration {

	@Bean
	SearchIndex searchIndex(ElasticsearchSearchProperties properties) {
		return new ElasticsearchSearchIndex(ElasticsearchClients.create(properties), properties);
	}

}
