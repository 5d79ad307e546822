/**
 * The public, server-rendered pages: home, search results, works, records, creators and
 * friendly error pages; usable without scripts, with no third-party assets.
 */
@NullMarked
package org.consentregistry.registry.pages;

import org.jspecify.annotations.NullMarked;
