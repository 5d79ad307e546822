/**
 * JMH benchmarks of transparency log proofs; run with the {@code benchmarks} Maven
 * profile.
 */
@NullMarked
package org.consentregistry.registry.log.jmh;

import org.jspecify.annotations.NullMarked;
