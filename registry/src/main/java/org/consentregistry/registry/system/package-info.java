/**
 * Cross-cutting web concerns: content negotiation and RFC 9457 problem responses.
 */
@NullMarked
package org.consentregistry.registry.system;

import org.jspecify.annotations.NullMarked;
