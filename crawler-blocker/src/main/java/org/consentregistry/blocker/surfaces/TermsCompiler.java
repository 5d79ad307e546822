package org.consentregistry.blocker.surfaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ConsentRules;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Evidence;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.url.UrlFormatException;

/**
 * Turns the records under a host into scopes. Each scope's stance comes from the decision
 * engine itself (a query for the scope's URL with no co-op and no commercial flag, so
 * that any applicable refusal wins and conditional permissions do not allow), then
 * refined: an allowed use whose verified permissions all carry duties or a date limit is
 * conditional; an unknown one is conditional when a matching permission has conditions,
 * unverified when only unverified permissions apply.
 */
final class TermsCompiler {

	private TermsCompiler() {
	}

	static SiteTerms compile(String host, Collection<ConsentRecord> records, ControlVerifier verifier, Instant at)
			throws UrlFormatException {
		List<ConsentRecord> relevant = new ArrayList<>();
		Set<SitePath> paths = new LinkedHashSet<>();
		paths.add(new SitePath("/", false));
		for (ConsentRecord record : records) {
			boolean under = false;
			for (Identifier identifier : record.identifiers()) {
				SitePath path = SitePath.of(identifier, host);
				if (path != null) {
					under = true;
					if (path.path() != null) {
						paths.add(path);
					}
				}
			}
			if (under && record.inForceAt(at)) {
				relevant.add(record);
			}
		}
		ConsentRules rules = ConsentRules.compile(relevant, verifier);
		List<Scope> scopes = new ArrayList<>();
		for (SitePath path : paths) {
			String p = path.path();
			if (p != null) {
				scopes.add(scope(host, p, path.exact(), relevant, rules, at));
			}
		}
		scopes.sort(Scope.BROADEST_FIRST);
		return new SiteTerms(host, at, scopes);
	}

	private static Scope scope(String host, String path, boolean exact, List<ConsentRecord> records, ConsentRules rules,
			Instant at) throws UrlFormatException {
		List<ConsentRecord> matching = records.stream().filter((r) -> SitePath.matches(r, host, path, exact)).toList();
		Map<Purpose, Stance> stances = new EnumMap<>(Purpose.class);
		for (Purpose purpose : Purpose.values()) {
			Decision decision = decide(rules, host + path, purpose, at);
			stances.put(purpose, stance(decision, purpose, matching, at));
		}
		TreeSet<String> ids = new TreeSet<>();
		matching.forEach((r) -> ids.add(r.recordId()));
		return new Scope(path, exact, stances, List.copyOf(ids));
	}

	/**
	 * The decision for the path under https and under http: a refusal under either wins,
	 * then an allowance under either, else the https answer.
	 */
	private static Decision decide(ConsentRules rules, String hostAndPath, Purpose purpose, Instant at)
			throws UrlFormatException {
		Decision https = rules.decide(new Query("https://" + hostAndPath, purpose, null, null, at));
		Decision http = rules.decide(new Query("http://" + hostAndPath, purpose, null, null, at));
		if (https.answer() == Answer.REFUSED || http.answer() == Answer.REFUSED) {
			return (https.answer() == Answer.REFUSED) ? https : http;
		}
		return (https.answer() == Answer.UNKNOWN && http.answer() == Answer.ALLOWED) ? http : https;
	}

	private static Stance stance(Decision decision, Purpose purpose, List<ConsentRecord> matching, Instant at) {
		if (decision.answer() == Answer.REFUSED) {
			return Stance.REFUSED;
		}
		if (decision.answer() == Answer.ALLOWED) {
			boolean unconditional = decision.evidence()
				.stream()
				.anyMatch((e) -> e.controlVerified() && e.rule().effect() == Effect.PERMIT && !conditional(e.rule()));
			return unconditional ? Stance.ALLOWED : Stance.CONDITIONAL;
		}
		for (ConsentRecord record : matching) {
			for (Rule rule : record.rules()) {
				if (rule.effect() == Effect.PERMIT && rule.purpose().covers(purpose) && conditional(rule)
						&& (rule.until() == null || at.isBefore(rule.until()))) {
					return Stance.CONDITIONAL;
				}
			}
		}
		boolean unverified = decision.evidence()
			.stream()
			.map(Evidence::rule)
			.anyMatch((r) -> r.effect() == Effect.PERMIT);
		return unverified ? Stance.UNVERIFIED : Stance.UNSTATED;
	}

	private static boolean conditional(Rule rule) {
		return !rule.recipients().isEmpty() || rule.commercial() != null || rule.until() != null
				|| !rule.duties().isEmpty();
	}

}
