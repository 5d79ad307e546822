package org.consentregistry.blocker.surfaces;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;

/**
 * The consent terms of one site (a host), path by path, as every surface publishes them.
 *
 * @param host the normalised host name
 * @param at the instant the terms were taken at
 * @param scopes the scopes, broadest first; the first is always the whole site, {@code /}
 */
public record SiteTerms(String host, Instant at, List<Scope> scopes) {

	public SiteTerms {
		scopes = List.copyOf(scopes);
	}

	/**
	 * The terms of every record whose identifiers fall under {@code host} (its URLs and
	 * prefixes on that host, the domain itself or a parent domain that includes
	 * subdomains), in force at {@code at}.
	 * @param host a host name
	 * @param records candidate records (others are ignored)
	 * @param verifier says whose control of an identifier is verified
	 * @param at the instant to take the terms at
	 * @return the site terms
	 * @throws UrlFormatException if {@code host} is not a usable host name
	 */
	public static SiteTerms of(String host, Collection<ConsentRecord> records, ControlVerifier verifier, Instant at)
			throws UrlFormatException {
		return TermsCompiler.compile(UrlNormalizer.normalizeHost(host), records, verifier, at);
	}

	/**
	 * The terms of the records of one creator (by issuer DID) under {@code host}.
	 * @param host a host name
	 * @param issuer the DID of the creator
	 * @param records candidate records
	 * @param verifier says whose control of an identifier is verified
	 * @param at the instant to take the terms at
	 * @return the site terms for that creator only
	 * @throws UrlFormatException if {@code host} is not a usable host name
	 */
	public static SiteTerms ofCreator(String host, String issuer, Collection<ConsentRecord> records,
			ControlVerifier verifier, Instant at) throws UrlFormatException {
		return of(host, records.stream().filter((r) -> r.issuer().equals(issuer)).toList(), verifier, at);
	}

	/** The scope for the whole site. */
	public Scope site() {
		return this.scopes.get(0);
	}

}
