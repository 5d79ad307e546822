package org.consentregistry.registry.consent;

import java.util.List;

/**
 * One page of a record listing.
 *
 * @param records the records on the page, newest first
 * @param total how many records match in all
 * @param limit the page size asked for
 * @param offset how many matching records precede the page
 */
public record RecordPage(List<RecordEntry> records, int total, int limit, int offset) {
}
