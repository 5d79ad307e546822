/**
 * Normalisation of http and https URLs to one canonical string, so that equivalent URLs
 * match the same consent records (rules in {@code docs/url-normalisation.md}).
 */
@NullMarked
package org.consentregistry.blocker.url;

import org.jspecify.annotations.NullMarked;
