/**
 * Cross-cutting web concerns: content negotiation, RFC 9457 problem responses and the
 * admission of reads in turn.
 */
@NullMarked
package org.consentregistry.registry.system;

import org.jspecify.annotations.NullMarked;
