/**
 * The compiled, format-neutral consent rule model and the decision engine that every
 * output format and the registry's decision endpoint share.
 */
@NullMarked
package org.consentregistry.blocker.policy;

import org.jspecify.annotations.NullMarked;
