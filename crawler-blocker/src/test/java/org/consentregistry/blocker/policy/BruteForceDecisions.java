package org.consentregistry.blocker.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.consentregistry.blocker.url.NormalizedUrl;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * The definition of a decision (docs/decisions.md) written as plainly as possible: a
 * linear scan over every record, no index. The engine must always agree with it.
 */
final class BruteForceDecisions {

	/** Normal forms, computed once per identifier to keep the scan affordable. */
	private static final Map<Identifier, Optional<Identifier>> NORMALIZED = new ConcurrentHashMap<>();

	private BruteForceDecisions() {
	}

	static Decision decide(List<ConsentRecord> records, Query query, ControlVerifier verifier)
			throws UrlFormatException {
		String id = query.identifier().trim();
		boolean hash = id.toLowerCase(Locale.ROOT).startsWith("sha256:");
		NormalizedUrl url = hash ? null : UrlNormalizer.parse(id);
		String hex = hash ? id.substring(7).toLowerCase(Locale.ROOT) : null;
		boolean matchedAny = false;
		List<Listed> listed = new ArrayList<>();
		for (ConsentRecord record : records) {
			if (!record.inForceAt(query.at())) {
				continue;
			}
			List<Identifier> matching = new ArrayList<>();
			for (Identifier identifier : record.identifiers()) {
				Identifier normalized = NORMALIZED
					.computeIfAbsent(identifier, (i) -> Optional.ofNullable(normalized(i)))
					.orElse(null);
				if (normalized != null && matches(normalized, url, hex)) {
					matching.add(normalized);
				}
			}
			if (matching.isEmpty()) {
				continue;
			}
			matchedAny = true;
			List<Rule> applicable = record.rules().stream().filter((rule) -> applies(rule, query)).toList();
			if (applicable.isEmpty()) {
				continue;
			}
			matching.sort(Comparator.comparing(BruteForceDecisions::specificity));
			Identifier chosen = matching.stream()
				.filter((identifier) -> verifier.verified(record.issuer(), identifier))
				.findFirst()
				.orElse(null);
			boolean verified = chosen != null;
			listed.add(new Listed(record, verified ? chosen : matching.get(0), verified, applicable));
		}
		listed.sort(Comparator.comparing((Listed l) -> specificity(l.identifier()))
			.thenComparing((Listed l) -> l.record().recordId()));
		return combine(listed, matchedAny);
	}

	private static Decision combine(List<Listed> listed, boolean matchedAny) {
		List<Evidence> evidence = new ArrayList<>();
		for (Listed l : listed) {
			for (Rule rule : l.rules()) {
				evidence
					.add(new Evidence(l.record().recordId(), l.record().issuer(), l.identifier(), rule, l.verified()));
			}
		}
		if (evidence.stream().anyMatch((e) -> e.rule().effect() == Effect.PROHIBIT)) {
			return new Decision(Answer.REFUSED, "refusal-wins", evidence);
		}
		if (evidence.stream().anyMatch(Evidence::controlVerified)) {
			return new Decision(Answer.ALLOWED, "verified-permission", evidence);
		}
		if (!evidence.isEmpty()) {
			return new Decision(Answer.UNKNOWN, "unverified-permission", evidence);
		}
		return new Decision(Answer.UNKNOWN, matchedAny ? "no-applicable-rule" : "no-matching-record", List.of());
	}

	private static boolean matches(Identifier identifier, @Nullable NormalizedUrl url, @Nullable String hex) {
		if (identifier instanceof Identifier.Sha256 sha256) {
			return sha256.hex().equals(hex);
		}
		if (url == null) {
			return false;
		}
		if (identifier instanceof Identifier.ExactUrl exact) {
			return exact.url().equals(url.toString());
		}
		if (identifier instanceof Identifier.UrlPrefix prefix) {
			return url.toString().startsWith(prefix.prefix());
		}
		Identifier.Domain domain = (Identifier.Domain) identifier;
		return url.host().equals(domain.host())
				|| (domain.includeSubdomains() && !url.hostIsIpAddress() && url.host().endsWith("." + domain.host()));
	}

	private static boolean applies(Rule rule, Query query) {
		boolean prohibition = rule.effect() == Effect.PROHIBIT;
		boolean purpose = false;
		for (Purpose p = query.purpose(); p != null; p = p.broader().orElse(null)) {
			purpose |= p == rule.purpose();
		}
		boolean recipient = rule.recipients().isEmpty() || (query.recipient() == null ? prohibition
				: rule.recipients().stream().map(BruteForceDecisions::iri).anyMatch(iri(query.recipient())::equals));
		boolean commercial = rule.commercial() == null
				|| (query.commercial() == null ? prohibition : rule.commercial() == query.commercial().booleanValue());
		boolean until = rule.until() == null || rule.until().isAfter(query.at());
		return purpose && recipient && commercial && until;
	}

	private static String iri(String recipient) {
		try {
			return UrlNormalizer.normalize(recipient);
		}
		catch (UrlFormatException ex) {
			return recipient;
		}
	}

	/** Smaller is more specific. */
	private static long specificity(Identifier identifier) {
		if (identifier instanceof Identifier.ExactUrl) {
			return 0;
		}
		if (identifier instanceof Identifier.Sha256) {
			return 1L << 32;
		}
		if (identifier instanceof Identifier.UrlPrefix prefix) {
			return (2L << 32) - prefix.prefix().length();
		}
		return (3L << 32) - ((Identifier.Domain) identifier).host().length();
	}

	private static @Nullable Identifier normalized(Identifier identifier) {
		return IdentifierNormalization.normalize(identifier);
	}

	private record Listed(ConsentRecord record, Identifier identifier, boolean verified, List<Rule> rules) {
	}

}
