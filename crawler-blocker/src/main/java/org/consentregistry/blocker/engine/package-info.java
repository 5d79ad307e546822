/**
 * The compiled decision engine: a purpose's consent records compiled into fingerprint
 * tables with a binary fuse pre-filter, longest-match URL prefix and domain indexes and a
 * fast URL normaliser, deciding exactly as {@code ConsentRules} does (design in
 * {@code docs/design/engine.md}).
 */
@NullMarked
package org.consentregistry.blocker.engine;

import org.jspecify.annotations.NullMarked;
