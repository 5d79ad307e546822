package org.consentregistry.blocker.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.surfaces.SignalMapping;
import org.consentregistry.blocker.surfaces.SignalMappings;

/**
 * Reads the labels of a signal ({@code train-ai=n, search=y}; {@code ai-train=no}) and
 * says what they mean for a purpose, through the same versioned mappings the surfaces are
 * written with. A refusal counts when its label's purposes overlap the purpose asked
 * about (refusing generative training refuses training in general, conservatively); an
 * allowance only when a label's purpose covers it.
 */
final class Preferences {

	private static final SignalMappings MAPPINGS = SignalMappings.bundled();

	private Preferences() {
	}

	/**
	 * The signals {@code value} gives for {@code purpose}, one per label that concerns
	 * it.
	 * @param signal the mapping name, e.g. {@code content-usage}
	 * @param value the labels, comma-separated {@code key=value}
	 * @param purpose the purpose asked about
	 * @param source the source name for the evidence
	 * @param url where the value was read
	 * @return the signals, possibly none
	 */
	static List<Signal> read(String signal, String value, Purpose purpose, String source, String url) {
		List<Signal> signals = new ArrayList<>();
		for (String item : value.split(",")) {
			int equals = item.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String label = item.substring(0, equals).trim().toLowerCase(Locale.ROOT);
			String answer = item.substring(equals + 1).trim().toLowerCase(Locale.ROOT);
			Verdict verdict = answer.equals("n") || answer.equals("no") ? Verdict.REFUSED
					: (answer.equals("y") || answer.equals("yes")) ? Verdict.ALLOWED : Verdict.UNSTATED;
			for (SignalMapping mapping : MAPPINGS.of(signal)) {
				if (mapping.label().equals(label) && concerns(mapping.purposes(), purpose, verdict)) {
					signals.add(new Signal(source, url, item.trim(), verdict));
				}
			}
		}
		return signals;
	}

	/**
	 * Whether a label about {@code labelPurposes} with {@code verdict} concerns
	 * {@code asked}.
	 */
	static boolean concerns(List<Purpose> labelPurposes, Purpose asked, Verdict verdict) {
		for (Purpose p : labelPurposes) {
			boolean overlap = p.covers(asked) || asked.covers(p);
			if ((verdict == Verdict.REFUSED) ? overlap : p.covers(asked)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code pattern} (a path prefix, {@code $} at the end for an exact path)
	 * matches.
	 */
	static boolean pathMatches(String pattern, String path) {
		return pattern.endsWith("$") ? path.equals(pattern.substring(0, pattern.length() - 1))
				: path.startsWith(pattern.replace("*", ""));
	}

}
