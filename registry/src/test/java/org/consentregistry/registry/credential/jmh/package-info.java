/**
 * JMH benchmarks of credential verification; run with the {@code benchmarks} Maven
 * profile.
 */
@NullMarked
package org.consentregistry.registry.credential.jmh;

import org.jspecify.annotations.NullMarked;
