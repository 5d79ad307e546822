/**
 * JMH benchmarks of the decision engine over generated records (run with the
 * {@code benchmark} Maven profile; see {@code docs/benchmarks.md}).
 */
@NullMarked
package org.consentregistry.blocker.policy.jmh;

import org.jspecify.annotations.NullMarked;
