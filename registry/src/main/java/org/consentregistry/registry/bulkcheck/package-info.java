/**
 * The bulk-check endpoint: NDJSON items streamed in and answers streamed out, decided by
 * the crawler-blocker's compiled engine over the records of a signed log checkpoint.
 */
@NullMarked
package org.consentregistry.registry.bulkcheck;

import org.jspecify.annotations.NullMarked;
