/**
 * Decisions over HTTP: the crawler-blocker's engine, compiled from the registry's records
 * and kept up to date on every accepted write.
 */
@NullMarked
package org.consentregistry.registry.decision;

import org.jspecify.annotations.NullMarked;
