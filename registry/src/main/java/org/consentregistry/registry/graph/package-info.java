/**
 * The registry's RDF store: an embedded TDB2 dataset, accessed only inside transactions.
 */
@NullMarked
package org.consentregistry.registry.graph;

import org.jspecify.annotations.NullMarked;
