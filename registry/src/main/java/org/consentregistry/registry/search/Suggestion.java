package org.consentregistry.registry.search;

/**
 * A completion for the search box.
 *
 * @param text a title or creator name of a current record, as written
 * @param field {@code title} or {@code creatorName}
 */
public record Suggestion(String text, String field) {
}
