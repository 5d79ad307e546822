package org.consentregistry.registry.consent;

/**
 * A credential was recorded (a new record, an update or a withdrawal); published after
 * its transaction committed.
 *
 * @param entry the new record
 */
public record ConsentRecorded(RecordEntry entry) {
}
