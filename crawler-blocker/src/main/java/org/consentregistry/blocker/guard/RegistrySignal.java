package org.consentregistry.blocker.guard;

import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.ConsentRules;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.jspecify.annotations.Nullable;

/**
 * The registry's word on a URL, as one more signal: plug in {@link ConsentRules}, or the
 * compiled rules of a verified snapshot.
 */
@FunctionalInterface
public interface RegistrySignal {

	/**
	 * The registry's signal for using {@code url} for {@code purpose}, or {@code null} if
	 * it has nothing to say.
	 * @param url the URL
	 * @param purpose the intended use
	 * @return the signal, or {@code null}
	 */
	@Nullable Signal signal(String url, Purpose purpose);

	/** No registry: never a signal. */
	static RegistrySignal none() {
		return (url, purpose) -> null;
	}

	/** The decisions of {@code rules} (no co-op, no commercial flag, now). */
	static RegistrySignal of(ConsentRules rules) {
		return (url, purpose) -> {
			try {
				Decision decision = rules.decide(Query.of(url, purpose));
				Verdict verdict = switch (decision.answer()) {
					case REFUSED -> Verdict.REFUSED;
					case ALLOWED -> Verdict.ALLOWED;
					case UNKNOWN -> Verdict.UNSTATED;
				};
				return (decision.answer() == Answer.UNKNOWN && decision.evidence().isEmpty()) ? null
						: new Signal("registry", url, decision.decidedBy(), verdict);
			}
			catch (UrlFormatException ex) {
				return null;
			}
		};
	}

}
