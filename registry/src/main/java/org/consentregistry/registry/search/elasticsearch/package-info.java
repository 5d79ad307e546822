/**
 * The search index on an Elasticsearch cluster, through elasticsearch-java: versioned
 * indices behind an alias, the outbox high-water mark stored with the documents.
 */
@NullMarked
package org.consentregistry.registry.search.elasticsearch;

import org.jspecify.annotations.NullMarked;
