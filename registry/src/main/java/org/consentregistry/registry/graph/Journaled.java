package org.consentregistry.registry.graph;

import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@link JournaledWrite}.
 *
 * @param result the result handed to the caller once the entry is durable
 * @param entry the journal entry, or {@code null} if nothing changed
 * @param refusal the exception thrown to the caller if the write was refused without
 * changing anything, else {@code null}
 * @param change the change that the entry records, made in the applier's write
 * transaction; {@code null} to make it with the {@link JournalReplayer} from the entry's
 * bytes
 * @param <T> the result type
 */
public record Journaled<T>(@Nullable T result, byte @Nullable [] entry, @Nullable RuntimeException refusal,
		@Nullable Consumer<Dataset> change) {

	/** A change, recorded by {@code entry} and made again from it by the replayer. */
	public static <T> Journaled<T> changed(T result, byte[] entry) {
		return new Journaled<>(result, entry, null, null);
	}

	/**
	 * A change, recorded by {@code entry}; {@code change} makes it in the store (the
	 * replayer makes it from {@code entry} instead after a crash or a rollback).
	 */
	public static <T> Journaled<T> changed(T result, byte[] entry, Consumer<Dataset> change) {
		return new Journaled<>(result, entry, null, change);
	}

	/** Nothing changed. */
	public static <T> Journaled<T> unchanged(T result) {
		return new Journaled<>(result, null, null, null);
	}

	/** Refused before anything changed: {@code refusal} is thrown to the caller. */
	public static <T> Journaled<T> refused(RuntimeException refusal) {
		return new Journaled<>(null, null, refusal, null);
	}

}
