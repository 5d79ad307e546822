/**
 * Streaming dataset manifests (JSONL, CSV) through a snapshot's compiled rules: kept
 * lines as they came, dropped lines with the reason and evidence, malformed lines
 * reported and counted, never silently kept or dropped.
 */
@NullMarked
package org.consentregistry.blocker.manifest;

import org.jspecify.annotations.NullMarked;
