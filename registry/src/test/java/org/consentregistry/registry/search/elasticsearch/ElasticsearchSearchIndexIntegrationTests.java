package org.consentregistry.registry.search.elasticsearch;

import java.util.List;

import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchIndexContract;

/**
 * The Elasticsearch adapter against a real node ({@link ElasticsearchNode}): the shared
 * contract, each test in indices of its own prefix.
 */
class ElasticsearchSearchIndexIntegrationTests extends SearchIndexContract {

	@Override
	protected SearchIndex createIndex() {
		ElasticsearchNode node = ElasticsearchNode.shared();
		ElasticsearchSearchProperties properties = ElasticsearchSearchProperties.of(List.of(node.httpUri()),
				node.prefix("contract"));
		return new ElasticsearchSearchIndex(ElasticsearchClients.create(properties), properties);
	}

}
