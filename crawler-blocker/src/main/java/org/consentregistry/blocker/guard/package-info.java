/**
 * The crawler guard: for a URL, a crawler and a purpose, one decision that combines what
 * the site publishes (robots.txt with Content-Usage and Content-Signal, TDMRep,
 * X-Robots-Tag, meta tags) and, optionally, the registry, with the evidence for each
 * signal.
 */
@NullMarked
package org.consentregistry.blocker.guard;

import org.jspecify.annotations.NullMarked;
