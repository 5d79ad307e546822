package org.consentregistry.registry.control;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One check of a claim, as recorded.
 *
 * @param checkedAt when the registry checked
 * @param passed whether the published value was found
 * @param method the method that found it, if it passed
 * @param expires until when the passed check verifies control, if it passed
 * @param detail what was found, or why each method failed
 */
public record ControlCheck(Instant checkedAt, boolean passed, @Nullable ControlMethod method, @Nullable Instant expires,
		String detail) {
}
