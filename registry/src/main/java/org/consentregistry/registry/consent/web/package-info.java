/**
 * The HTTP API and public pages of consent records.
 */
@NullMarked
package org.consentregistry.registry.consent.web;

import org.jspecify.annotations.NullMarked;
