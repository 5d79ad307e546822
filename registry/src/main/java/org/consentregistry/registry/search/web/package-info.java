/**
 * The search HTTP API: {@code GET /search}, {@code GET /search/suggest},
 * {@code GET /search/status} and the guarded {@code POST /admin/search/reindex}.
 */
@NullMarked
package org.consentregistry.registry.search.web;

import org.jspecify.annotations.NullMarked;
