package org.consentregistry.registry.consent;

import org.jspecify.annotations.Nullable;

/**
 * Which records to list, and which page of them.
 *
 * @param issuer only records of this issuer DID, or {@code null} for any
 * @param work only records about this work IRI, or {@code null} for any
 * @param limit the page size
 * @param offset how many records to skip
 */
public record RecordQuery(@Nullable String issuer, @Nullable String work, int limit, int offset) {

}
