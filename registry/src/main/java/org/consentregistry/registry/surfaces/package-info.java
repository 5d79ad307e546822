/**
 * Rule surfaces over HTTP: a site's or a creator's terms as robots.txt, TDMRep, headers,
 * meta tags, ai.txt, RSL and server configs, written by the crawler-blocker.
 */
@NullMarked
package org.consentregistry.registry.surfaces;

import org.jspecify.annotations.NullMarked;
