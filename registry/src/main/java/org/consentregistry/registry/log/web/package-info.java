/**
 * The HTTP endpoints of the transparency log: checkpoints, proofs and verifier keys.
 */
@NullMarked
package org.consentregistry.registry.log.web;

import org.jspecify.annotations.NullMarked;
