package org.consentregistry.blocker.surfaces;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;

/**
 * The terms for one path of a site: a URL prefix (or the whole site, {@code /}) or one
 * exact URL, with the combined stance for every purpose at that path.
 *
 * @param path the normalised path (with the query for an exact URL), starting with
 * {@code /}
 * @param exact whether the scope is one URL rather than a prefix
 * @param stances the stance for each purpose (refusals of broader scopes included)
 * @param recordIds the records that match the scope, sorted
 */
public record Scope(String path, boolean exact, Map<Purpose, Stance> stances, List<String> recordIds) {

	/** Shortest first; a prefix before the exact URL of the same path. */
	static final Comparator<Scope> BROADEST_FIRST = Comparator.comparingInt((Scope s) -> s.path().length())
		.thenComparing(Scope::exact)
		.thenComparing(Scope::path);

	public Scope {
		stances = new EnumMap<>(stances);
		recordIds = List.copyOf(recordIds);
	}

	/** The stance for {@code purpose}. */
	public Stance stance(Purpose purpose) {
		return this.stances.getOrDefault(purpose, Stance.UNSTATED);
	}

	/**
	 * The combined stance for a signal that stands for several purposes: refused if any
	 * is refused or conditional, allowed if all are allowed, else unstated.
	 */
	public Stance stance(List<Purpose> purposes) {
		boolean allAllowed = !purposes.isEmpty();
		for (Purpose purpose : purposes) {
			Stance stance = stance(purpose);
			if (stance.refuses()) {
				return Stance.REFUSED;
			}
			allAllowed &= stance == Stance.ALLOWED;
		}
		return allAllowed ? Stance.ALLOWED : Stance.UNSTATED;
	}

	/**
	 * The path as a prefix pattern that every robots.txt parser reads alike: cut before
	 * the first {@code *} or {@code $} (which RFC 9309 gives a meaning), so that it
	 * covers at least the scope.
	 */
	String prefixPattern() {
		int cut = this.path.length();
		for (int i = 0; i < this.path.length(); i++) {
			if (this.path.charAt(i) == '*' || this.path.charAt(i) == '$') {
				cut = i;
				break;
			}
		}
		return this.path.substring(0, cut);
	}

	/** Whether this scope lies within {@code other} (or is it). */
	boolean within(Scope other) {
		return other.exact() ? this.exact && this.path.equals(other.path())
				: this.path.startsWith(other.prefixPattern());
	}

}
