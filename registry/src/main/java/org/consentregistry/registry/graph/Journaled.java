package org.consentregistry.registry.graph;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@link JournaledWrite}.
 *
 * @param result the result handed to the caller once the entry is durable
 * @param entry the journal entry, or {@code null} if nothing changed
 * @param refusal the exception thrown to the caller if the write was refused without
 * changing anything, else {@code null}
 * @param <T> the result type
 */
public record Journaled<T>(@Nullable T result, byte @Nullable [] entry, @Nullable RuntimeException refusal) {

	/** A change, recorded by {@code entry}. */
	public static <T> Journaled<T> changed(T result, byte[] entry) {
		return new Journaled<>(result, entry, null);
	}

	/** Nothing changed. */
	public static <T> Journaled<T> unchanged(T result) {
		return new Journaled<>(result, null, null);
	}

	/** Refused before anything changed: {@code refusal} is thrown to the caller. */
	public static <T> Journaled<T> refused(RuntimeException refusal) {
		return new Journaled<>(null, null, refusal);
	}

}
