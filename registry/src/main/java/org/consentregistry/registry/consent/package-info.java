/**
 * Consent records: the submission pipeline, the record store over the RDF dataset, and
 * the mapping of stored records to the decision engine's model.
 */
@NullMarked
package org.consentregistry.registry.consent;

import org.jspecify.annotations.NullMarked;
