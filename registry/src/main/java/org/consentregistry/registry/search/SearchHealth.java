package org.consentregistry.registry.search;

import org.jspecify.annotations.Nullable;

/**
 * The state of a search index.
 *
 * @param available whether it answers searches
 * @param backend {@code lucene} or {@code elasticsearch}
 * @param version the name of the versioned index the alias points to, if known
 * @param documents how many record documents it holds, if known (else -1)
 * @param position the outbox high-water mark: how many journal entries it covers (else
 * -1)
 * @param detail why it is unavailable, or {@code null}
 */
public record SearchHealth(boolean available, String backend, @Nullable String version, long documents, long position,
		@Nullable String detail) {
}
