/**
 * The read-only SPARQL 1.1 Protocol endpoint over the registry's dataset, with its limits
 * and its HTML query form.
 */
@NullMarked
package org.consentregistry.registry.sparql;

import org.jspecify.annotations.NullMarked;
