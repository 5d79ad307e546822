/**
 * Proof of control over HTTP: claims, checks, and each record's control status and
 * conflicts.
 */
@NullMarked
package org.consentregistry.registry.control.web;

import org.jspecify.annotations.NullMarked;
