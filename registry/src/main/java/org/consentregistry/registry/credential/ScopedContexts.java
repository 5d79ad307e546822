package org.consentregistry.registry.credential;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import jakarta.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Active contexts derived from kept ones by the type-scoped and property-scoped contexts
 * of bundled term definitions, processed once by the library and kept. The library
 * processes a scoped context each time a value uses it (twelve times for the ODRL terms
 * of one consent credential, a third of a verification). Active contexts are not changed
 * once built, and the parent and the local context are compared by identity (both come
 * from kept contexts), so a kept result is the one the library would build again. At most
 * {@value #MAX_CONTEXTS} are kept; beyond that, contexts are built and not kept.
 */
final class ScopedContexts {

	static final int MAX_CONTEXTS = 256;

	private final Map<Key, ActiveContext> contexts = new ConcurrentHashMap<>();

	/**
	 * {@code parent.newContext().overrideProtected(…).propagate(…).create(local, base)},
	 * kept.
	 */
	ActiveContext derive(ActiveContext parent, JsonValue local, @Nullable URI base, boolean overrideProtected,
			boolean propagate) throws JsonLdError {
		Key key = new Key(parent, local, base, overrideProtected, propagate);
		ActiveContext derived = this.contexts.get(key);
		if (derived == null) {
			derived = parent.newContext().overrideProtected(overrideProtected).propagate(propagate).create(local, base);
			if (this.contexts.size() < MAX_CONTEXTS) {
				this.contexts.putIfAbsent(key, derived);
			}
		}
		return derived;
	}

	int size() {
		return this.contexts.size();
	}

	/** Identity of parent and local context, equality of the rest. */
	private record Key(ActiveContext parent, JsonValue local, @Nullable URI base, boolean overrideProtected,
			boolean propagate) {

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Key key && key.parent == this.parent && key.local == this.local
					&& Objects.equals(key.base, this.base) && key.overrideProtected == this.overrideProtected
					&& key.propagate == this.propagate;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.parent) * 31 + System.identityHashCode(this.local)
					+ (this.overrideProtected ? 2 : 0) + (this.propagate ? 1 : 0);
		}

	}

}
