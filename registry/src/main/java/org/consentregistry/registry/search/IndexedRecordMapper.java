package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.WorkDescription;
import org.consentregistry.registry.search.IndexedRecord.Domain;
import org.consentregistry.registry.search.IndexedRecord.Kind;

/**
 * Builds the search document of a record from its metadata and what its graph says.
 * Identifiers are normalised as the decision engine normalises them (crawler-blocker's
 * {@link UrlNormalizer}); one that cannot be normalised is left out, as it can never
 * match a query. Per purpose the effect is derived from the rules that cover it.
 */
final class IndexedRecordMapper {

	private IndexedRecordMapper() {
	}

	static IndexedRecord of(RecordEntry entry, WorkDescription work, boolean verifiedControl) {
		List<String> urls = new ArrayList<>();
		List<String> prefixes = new ArrayList<>();
		List<Domain> domains = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (Identifier identifier : work.identifiers()) {
			try {
				if (identifier instanceof Identifier.ExactUrl exact) {
					urls.add(UrlNormalizer.normalize(exact.url()));
				}
				else if (identifier instanceof Identifier.UrlPrefix prefix) {
					prefixes.add(UrlNormalizer.normalize(prefix.prefix()));
				}
				else if (identifier instanceof Identifier.Domain domain) {
					domains.add(new Domain(UrlNormalizer.normalizeHost(domain.host()), domain.includeSubdomains()));
				}
				else if (identifier instanceof Identifier.Sha256 sha256 && sha256.hex().matches("[0-9a-fA-F]{64}")) {
					hashes.add(sha256.hex().toLowerCase(Locale.ROOT));
				}
			}
			catch (UrlFormatException ex) {
				// cannot match any query, as in the decision engine
			}
		}
		return new IndexedRecord(entry.id().uuid(), entry.record(), entry.work(), entry.credential(), entry.issuer(),
				entry.isWithdrawal() ? Kind.WITHDRAWAL : Kind.CREDENTIAL, entry.status(), work.title(),
				work.creatorName(), work.description(), work.mediaType(), entry.received(), work.validFrom(),
				entry.logIndex(), urls, prefixes, domains, hashes, effects(work.rules()), verifiedControl);
	}

	/**
	 * Per purpose: {@code refused} if a rule without conditions prohibits it (or a
	 * broader purpose), {@code allowed} if only permissions without conditions or duties
	 * cover it, {@code conditional} if any covering rule has a recipient, commercial-use
	 * or date condition or a duty, {@code unstated} if no rule covers it.
	 */
	static Map<Purpose, PurposeEffect> effects(List<Rule> rules) {
		Map<Purpose, PurposeEffect> effects = new EnumMap<>(Purpose.class);
		for (Purpose purpose : Purpose.values()) {
			List<Rule> covering = rules.stream().filter((rule) -> rule.purpose().covers(purpose)).toList();
			PurposeEffect effect;
			if (covering.isEmpty()) {
				effect = PurposeEffect.UNSTATED;
			}
			else if (covering.stream().anyMatch((rule) -> rule.effect() == Effect.PROHIBIT && !conditional(rule))) {
				effect = PurposeEffect.REFUSED;
			}
			else if (covering.stream().allMatch((rule) -> rule.effect() == Effect.PERMIT && !conditional(rule))) {
				effect = PurposeEffect.ALLOWED;
			}
			else {
				effect = PurposeEffect.CONDITIONAL;
			}
			effects.put(purpose, effect);
		}
		return effects;
	}

	private static boolean conditional(Rule rule) {
		return !rule.recipients().isEmpty() || rule.commercial() != null || rule.until() != null
				|| !rule.duties().isEmpty();
	}

}
