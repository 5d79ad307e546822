package org.consentregistry.blocker.guard;

import java.util.List;

import org.consentregistry.blocker.policy.Answer;

/**
 * The guard's answer: refused when any signal refuses (refusal wins, as in the IETF
 * vocabulary and the registry), allowed when a signal allows and none refuses, else
 * unknown (the pipeline's default applies).
 *
 * @param answer allowed, refused or unknown
 * @param signals every signal found, in the order they were read
 */
public record GuardDecision(Answer answer, List<Signal> signals) {

	public GuardDecision {
		signals = List.copyOf(signals);
	}

	static GuardDecision of(List<Signal> signals) {
		boolean allowed = false;
		for (Signal signal : signals) {
			if (signal.verdict() == Verdict.REFUSED) {
				return new GuardDecision(Answer.REFUSED, signals);
			}
			allowed |= signal.verdict() == Verdict.ALLOWED;
		}
		return new GuardDecision(allowed ? Answer.ALLOWED : Answer.UNKNOWN, signals);
	}

}
