/**
 * Rule surfaces: the files, headers and server configs in which a site or a creator
 * publishes consent terms to crawlers (robots.txt groups, IETF AI Preferences, Content
 * Signals, TDMRep, RSL, meta tags, X-Robots-Tag, ai.txt, nginx, Apache, Caddy, HAProxy
 * and lighttpd).
 */
@NullMarked
package org.consentregistry.blocker.surfaces;

import org.jspecify.annotations.NullMarked;
