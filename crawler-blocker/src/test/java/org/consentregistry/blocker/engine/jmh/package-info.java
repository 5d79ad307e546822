/**
 * JMH benchmarks of the compiled engine (docs/benchmarks.md, "Compiled engine").
 */
@NullMarked
package org.consentregistry.blocker.engine.jmh;

import org.jspecify.annotations.NullMarked;
