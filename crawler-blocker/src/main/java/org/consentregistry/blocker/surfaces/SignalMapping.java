package org.consentregistry.blocker.surfaces;

import java.util.List;

import org.consentregistry.blocker.policy.Purpose;

/**
 * One label of an external signal and the purposes it stands for.
 *
 * @param signal the signal, e.g. {@code content-usage}
 * @param version the mapping version and the signal version it follows
 * @param label the label, e.g. {@code train-ai}
 * @param purposes our purposes the label stands for
 */
public record SignalMapping(String signal, String version, String label, List<Purpose> purposes) {

	public SignalMapping {
		purposes = List.copyOf(purposes);
	}

	/** The stance a scope publishes under this label. */
	public Stance stance(Scope scope) {
		return scope.stance(this.purposes);
	}

}
