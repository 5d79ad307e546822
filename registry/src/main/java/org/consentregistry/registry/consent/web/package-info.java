/**
 * The HTTP API of consent records (their pages are in the {@code pages} package).
 */
@NullMarked
package org.consentregistry.registry.consent.web;

import org.jspecify.annotations.NullMarked;
