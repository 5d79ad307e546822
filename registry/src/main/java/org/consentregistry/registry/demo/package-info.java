/**
 * Demo mode: a few hundred example works signed by a bundled demo key, so that a newcomer
 * sees a populated registry.
 */
@NullMarked
package org.consentregistry.registry.demo;

import org.jspecify.annotations.NullMarked;
