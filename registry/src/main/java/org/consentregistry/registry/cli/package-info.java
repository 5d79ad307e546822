/**
 * The creators' command-line client: key generation, signing, submission and offline
 * verification of consent credentials.
 */
@NullMarked
package org.consentregistry.registry.cli;

import org.jspecify.annotations.NullMarked;
