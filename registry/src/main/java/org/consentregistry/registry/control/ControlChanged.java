package org.consentregistry.registry.control;

import java.util.UUID;

/**
 * A control claim was made, checked or removed; published after its transaction
 * committed.
 *
 * @param claim the claim's id
 */
public record ControlChanged(UUID claim) {
}
