/**
 * A robots.txt reader (RFC 9309) that parses and matches as Google's open-source parser
 * does, so that generated files can be read back the way the largest crawler reads them.
 */
@NullMarked
package org.consentregistry.blocker.robots;

import org.jspecify.annotations.NullMarked;
