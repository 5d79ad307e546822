/**
 * Signed snapshots of the compiled rules for one purpose, exported from the store and
 * served for {@code crawler-blocker fetch}.
 */
@NullMarked
package org.consentregistry.registry.snapshot;

import org.jspecify.annotations.NullMarked;
