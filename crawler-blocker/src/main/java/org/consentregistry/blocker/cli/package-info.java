/**
 * The {@code crawler-blocker} command line: fetch a signed snapshot from a registry,
 * filter dataset manifests against it.
 */
@NullMarked
package org.consentregistry.blocker.cli;

import org.jspecify.annotations.NullMarked;
