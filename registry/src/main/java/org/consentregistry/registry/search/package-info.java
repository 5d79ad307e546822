/**
 * Searching the registry: the {@link org.consentregistry.registry.search.SearchIndex}
 * port, its embedded Lucene adapter, the indexer that keeps it up to date from the ingest
 * journal, and the search HTTP API.
 */
@NullMarked
package org.consentregistry.registry.search;

import org.jspecify.annotations.NullMarked;
