/**
 * Consent Registry: signed consent terms for creative works in an RDF registry.
 */
@NullMarked
package org.consentregistry.registry;

import org.jspecify.annotations.NullMarked;
