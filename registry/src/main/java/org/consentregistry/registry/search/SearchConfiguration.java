package org.consentregistry.registry.search;

import java.nio.file.Path;

import org.consentregistry.registry.graph.GraphProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index of the configured backend. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "registry.search.backend", havingValue = "lucene", matchIfMissing = true)
	SearchIndex luceneSearchIndex(SearchProperties properties, GraphProperties graph) {
		Path directory = (properties.directory() != null) ? properties.directory() : graph.dataDir().resolve("search");
		return new LuceneSearchIndex(directory);
	}

}
