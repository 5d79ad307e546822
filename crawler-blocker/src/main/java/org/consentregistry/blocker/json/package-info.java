/**
 * A small strict JSON reader and string writer for the fixed shapes crawler-blocker reads
 * and writes.
 */
@NullMarked
package org.consentregistry.blocker.json;

import org.jspecify.annotations.NullMarked;
